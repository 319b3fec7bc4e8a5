// Loads better-sqlite3 on first use (dynamic import plus native addon probe) and reports a missing build clearly.
import type BetterSqlite3 from 'better-sqlite3';
import { NativeModuleError } from './errors.js';

export type SqliteConstructor = typeof BetterSqlite3;
export type SqliteImporter = () => Promise<{ default: SqliteConstructor }>;

let cached: SqliteConstructor | undefined;

/**
 * Imports better-sqlite3 and opens an in-memory database once, because the package loads its native addon
 * only in the constructor: a missing or mismatched build must fail here, not halfway through opening a store.
 */
export async function loadSqlite(importer?: SqliteImporter): Promise<SqliteConstructor> {
  if (!importer && cached) return cached;
  try {
    const mod = await (importer ?? defaultImporter)();
    const Database = mod.default;
    new Database(':memory:').close();
    if (!importer) cached = Database;
    return Database;
  } catch (err) {
    throw new NativeModuleError(err);
  }
}

const defaultImporter: SqliteImporter = () => import('better-sqlite3');
