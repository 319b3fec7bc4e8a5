// The SQLite hub schema as an ordered list of migrations; PRAGMA user_version records how many have run.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3…: equals its position in MIGRATIONS plus one. Never renumber or edit a released migration. */
  readonly version: number;
  readonly description: string;
  /** Runs inside the migration transaction. */
  readonly up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'meta, records, audit, lock',
    up(db) {
      db.exec(`
        CREATE TABLE meta (
          slot       INTEGER PRIMARY KEY CHECK (slot = 1),
          lineage    TEXT    NOT NULL,
          serial     INTEGER NOT NULL CHECK (serial >= 0),
          created_at TEXT    NOT NULL
        ) STRICT;

        CREATE TABLE records (
          name        TEXT    PRIMARY KEY,
          kind        TEXT    NOT NULL,
          type        TEXT    NOT NULL,
          archetype   TEXT    NOT NULL,
          spec        TEXT    NOT NULL CHECK (json_valid(spec)),
          metadata    TEXT    NOT NULL CHECK (json_valid(metadata)),
          secrets     TEXT    NOT NULL CHECK (json_valid(secrets)),
          managed     INTEGER NOT NULL CHECK (managed IN (0, 1)),
          source_file TEXT,
          protect     INTEGER NOT NULL CHECK (protect IN (0, 1)),
          created_at  TEXT    NOT NULL,
          updated_at  TEXT    NOT NULL,
          last_test   TEXT    CHECK (last_test IS NULL OR json_valid(last_test)),
          applied_digest TEXT
        ) STRICT;

        CREATE TABLE audit (
          id        INTEGER PRIMARY KEY AUTOINCREMENT,
          at        TEXT    NOT NULL,
          actor     TEXT    NOT NULL,
          kind      TEXT    NOT NULL,
          plan_hash TEXT,
          data      TEXT    NOT NULL CHECK (json_valid(data))
        ) STRICT;
        CREATE INDEX audit_by_kind ON audit (kind, id);

        CREATE TABLE lock (
          slot       INTEGER PRIMARY KEY CHECK (slot = 1),
          id         TEXT    NOT NULL,
          holder     TEXT    NOT NULL,
          operation  TEXT    NOT NULL,
          created_at TEXT    NOT NULL,
          pid        INTEGER NOT NULL,
          hostname   TEXT    NOT NULL
        ) STRICT;
      `);
      db.prepare('INSERT INTO meta (slot, lineage, serial, created_at) VALUES (1, ?, 0, ?)').run(
        randomUUID(),
        new Date().toISOString(),
      );
    },
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;
