// Inside the Action the embedded SQLite store is unavailable (the bundle leaves native modules out): say so clearly.
import { loadConfig } from '../manifest/config.js';
import { NativeModuleError } from '../state/errors.js';
import { loadSqlite } from '../state/load-sqlite.js';
import { parseBackend } from '../state/backend-url.js';
import { ActionError } from './workflow.js';

/** The message every command that needs the embedded store fails with inside the Action. */
export const SHARED_BACKEND_MESSAGE =
  'CI needs a shared backend: the embedded SQLite store (file: backend) is not available inside the secwire GitHub Action, because the bundle leaves out native modules';

/**
 * Before a command that opens the hub store: when the backend (the `backend` input, else the config's) is an
 * embedded file store and better-sqlite3 cannot load here, fail with SHARED_BACKEND_MESSAGE instead of the
 * command's generic "reinstall" advice.
 */
export async function requireStore(backend: string | undefined, cwd: string, config: string | undefined): Promise<void> {
  const effective = backend || (await loadConfig(cwd, config)).config.backend;
  try {
    parseBackend(effective, cwd);
  } catch {
    return; // Not an embedded store: the command reports an unusable backend itself.
  }
  try {
    await loadSqlite();
  } catch (error) {
    if (!(error instanceof NativeModuleError)) throw error;
    throw new ActionError(
      `${SHARED_BACKEND_MESSAGE} (${effective ?? 'the default file:.secwire/hub.db'}: ${error.message}). ` +
        'Set the `backend` input to a hub store the workflow can reach; on pull requests, `plan` needs no backend.',
    );
  }
}
