// Tests for openStore: backend dispatch, lazy SQLite loading and the missing-native-module message.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NativeModuleError, StoreOpenError, UnsupportedBackendError } from './errors.js';
import type { SqliteConstructor } from './load-sqlite.js';
import { openStore } from './open-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secwire-open-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens a file store relative to cwd', async () => {
    const s = await openStore('file:state/hub.db', { cwd: dir });
    expect(s.location).toBe('file:state/hub.db');
    expect(await s.serial()).toBe(0);
    await s.close();
  });

  it('refuses remote schemes clearly, before loading SQLite', async () => {
    let imported = false;
    const importSqlite = async () => {
      imported = true;
      throw new Error('should not load');
    };
    for (const backend of ['https://hub.acme.com', 'postgres://db/secwire']) {
      const err = await openStore(backend, { cwd: dir, importSqlite }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnsupportedBackendError);
    }
    await expect(openStore('https://hub.acme.com', { cwd: dir })).rejects.toThrow(
      'backend scheme https: is not supported yet; use file:PATH',
    );
    expect(imported).toBe(false);
  });

  it('explains a missing better-sqlite3 package', async () => {
    const importSqlite = async (): Promise<{ default: SqliteConstructor }> => {
      throw Object.assign(new Error("Cannot find package 'better-sqlite3' imported from /app/dist/secwire.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    const err = await openStore(undefined, { cwd: dir, importSqlite }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NativeModuleError);
    expect((err as NativeModuleError).message).toMatch(/^the embedded SQLite store needs the native module better-sqlite3, which could not be loaded: Cannot find package/);
    expect((err as NativeModuleError).hint).toContain('in CI use a shared backend');
  });

  it('explains a native addon that fails to load (the package loads it in its constructor)', async () => {
    const Broken = function () {
      throw new Error('Could not locate the bindings file. Tried:\n → /app/build/better_sqlite3.node');
    } as unknown as SqliteConstructor;
    const err = await openStore(undefined, { cwd: dir, importSqlite: async () => ({ default: Broken }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NativeModuleError);
    expect((err as Error).message).toContain('which could not be loaded: Could not locate the bindings file. Tried:');
    expect((err as Error).message).not.toContain('\n');
  });

  it('says so when the path is a directory', async () => {
    mkdirSync(join(dir, 'hub.db'));
    const err = await openStore('file:hub.db', { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toContain('is a directory');
  });
});
