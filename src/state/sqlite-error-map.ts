// Turns raw SQLite errors (SQLITE_BUSY, SQLITE_FULL, …) into StoreErrors that say what to do.
import { StoreBusyError, StoreError, StoreIoError } from './errors.js';

export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

export function isBusy(err: unknown): boolean {
  const code = sqliteCode(err);
  return code === 'SQLITE_BUSY' || code?.startsWith('SQLITE_BUSY_') === true || code === 'SQLITE_LOCKED';
}

/** Leaves StoreErrors and non-SQLite errors alone. */
export function mapSqliteError(err: unknown, location: string): unknown {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  if (!code) return err;
  const detail = (err as Error).message;
  if (isBusy(err)) return new StoreBusyError(location, err);
  if (code.startsWith('SQLITE_FULL')) return new StoreIoError(location, `disk full (${detail})`, 'free disk space and retry', err);
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreIoError(location, `the file is read-only (${detail})`, 'make the store file and its directory writable by this user', err);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new StoreIoError(location, `the file is damaged (${detail})`, 'restore the store file from a backup', err);
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
    return new StoreIoError(location, `input/output error (${detail})`, 'check the disk, the file permissions and that the path is on a local filesystem', err);
  }
  return err;
}
