// Brings a SQLite hub file to the current schema in one IMMEDIATE transaction; refuses files it does not understand.
import type { Database } from 'better-sqlite3';
import { NotAHubStoreError, SchemaTooNewError } from './errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** Returns the schema version the file had before migrating. */
export function migrate(db: Database, location: string, migrations: readonly Migration[] = MIGRATIONS): number {
  checkOrder(migrations);
  const known = migrations.length;
  const run = db.transaction((): number => {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > known) throw new SchemaTooNewError(location, found, known);
    if (found === 0) {
      const tables = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      if (tables.length > 0) {
        throw new NotAHubStoreError(location, `it already holds tables (${tables.slice(0, 5).join(', ')}) but no secwire schema version`);
      }
    }
    for (const migration of migrations.slice(found)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    return found;
  });
  // IMMEDIATE takes the write lock before reading user_version, so two processes creating the same file cannot both migrate.
  return run.immediate();
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.description}" has version ${m.version}, expected ${i + 1}`);
  });
}
