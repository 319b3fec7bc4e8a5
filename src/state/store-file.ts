// Prepares the store's file on disk: parent directory (0700 when created) and an empty file with mode 0600.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError } from './errors.js';

/** Returns true when the file was created now. SQLite gives the -wal and -shm files the same mode as this file. */
export function ensureStoreFile(path: string, location: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new StoreOpenError(location, `cannot create directory ${dirname(path)}: ${(err as Error).message}`, 'check the path and the permissions of its parent directories', err);
  }
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && !statSync(path).isDirectory()) return false;
    if (code === 'EEXIST' || code === 'EISDIR') {
      throw new StoreOpenError(location, `${path} is a directory`, 'name a file, e.g. file:.secwire/hub.db', err);
    }
    throw new StoreOpenError(location, `cannot create ${path}: ${(err as Error).message}`, 'check the permissions of its directory', err);
  }
  try {
    chmodSync(path, 0o600); // the umask may have dropped bits; make it exactly owner read/write
  } finally {
    closeSync(fd);
  }
  return true;
}
