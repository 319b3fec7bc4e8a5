// Tests for schema migrations on real SQLite files: fresh, partial, failing, too new, and foreign files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotAHubStoreError, SchemaTooNewError, StoreOpenError } from './errors.js';
import { migrate } from './migrate.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
import { openStore } from './open-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secwire-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const rawVersion = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty (0-byte) file to the current schema, once', async () => {
    const file = join(dir, 'hub.db');
    writeFileSync(file, '');
    const s = await openStore('file:hub.db', { cwd: dir });
    expect(await s.serial()).toBe(0);
    const lineage = await s.lineage();
    await s.close();
    expect(rawVersion(file)).toBe(SCHEMA_VERSION);
    const db = new Database(file);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['audit', 'lock', 'meta', 'records']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db, 'test')).toBe(SCHEMA_VERSION); // already current: nothing to do
    db.close();
    const again = await openStore('file:hub.db', { cwd: dir });
    expect(await again.lineage()).toBe(lineage);
    await again.close();
  });

  it('run only the migrations a file lacks, each with its version', () => {
    const db = new Database(join(dir, 'x.db'));
    const ran: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((version) => ({
      version,
      description: `step ${version}`,
      up: (d) => {
        ran.push(version);
        d.exec(`CREATE TABLE t${version} (x INTEGER)`);
      },
    }));
    expect(migrate(db, 'x', steps.slice(0, 2))).toBe(0);
    expect(migrate(db, 'x', steps)).toBe(2);
    expect(ran).toEqual([1, 2, 3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('roll back a failing migration entirely', () => {
    const db = new Database(join(dir, 'x.db'));
    const steps: Migration[] = [
      { version: 1, description: 'ok', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      { version: 2, description: 'broken', up: (d) => d.exec('CREATE TABLE b (x INTEGER); SELECT * FROM missing') },
    ];
    expect(() => migrate(db, 'x', steps)).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a store written by a newer secwire, without changing it', async () => {
    const file = join(dir, 'hub.db');
    await (await openStore('file:hub.db', { cwd: dir })).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const err = await openStore('file:hub.db', { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaTooNewError);
    expect((err as SchemaTooNewError).message).toBe(
      `hub store file:hub.db has schema version ${SCHEMA_VERSION + 1}, but this secwire knows versions up to ${SCHEMA_VERSION}`,
    );
    expect((err as SchemaTooNewError).hint).toContain('upgrade secwire');
    expect(rawVersion(file)).toBe(SCHEMA_VERSION + 1);
  });

  it('refuse a SQLite file that belongs to something else', async () => {
    const db = new Database(join(dir, 'other.db'));
    db.exec('CREATE TABLE users (id INTEGER)');
    db.close();
    const err = await openStore('file:other.db', { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotAHubStoreError);
    expect((err as Error).message).toContain('tables (users)');
  });

  it('refuse a file that is not SQLite at all', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello, this is not a database file at all, not even a little bit');
    const err = await openStore('file:notes.txt', { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toBe('cannot open hub store file:notes.txt: the file is not a SQLite database');
  });
});
