// Opens the hub store a backend string names; loads SQLite only when a file backend is actually opened.
import { parseBackend } from './backend-url.js';
import { loadSqlite, type SqliteImporter } from './load-sqlite.js';
import type { HubStore } from './types.js';

export interface OpenStoreOptions {
  /** Directory that relative file: paths resolve against. */
  cwd: string;
  /** How long one SQLite statement waits for another process's write. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Replaces `import('better-sqlite3')`; for tests of the missing-native-module message. */
  importSqlite?: SqliteImporter;
}

/**
 * `backend` is "file:PATH" (relative to cwd), "file:///abs/path", or "file::memory:"; undefined or empty means
 * file:.secwire/hub.db. Other schemes throw UnsupportedBackendError; a missing native build throws NativeModuleError.
 */
export async function openStore(backend: string | undefined, options: OpenStoreOptions): Promise<HubStore> {
  const spec = parseBackend(backend, options.cwd);
  const Sqlite = await loadSqlite(options.importSqlite);
  const { SqliteStore } = await import('./sqlite-store.js');
  return SqliteStore.open(Sqlite, spec.path, spec.location, { busyTimeoutMs: options.busyTimeoutMs });
}
