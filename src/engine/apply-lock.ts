// Takes the store lock for apply. A lock left by a killed apply on this host (its pid is gone) is broken with a
// warning, so a rerun after SIGKILL converges without a manual force-unlock; any live holder is waited for.
import { LockHeldError } from '../state/errors.js';
import type { HubStore, LockInfo } from '../state/types.js';

export async function acquireApplyLock(store: HubStore, holder: string, timeoutMs: number, warn: (message: string) => void): Promise<LockInfo> {
  try {
    return await store.lock({ holder, operation: 'apply', timeoutMs });
  } catch (error) {
    if (!(error instanceof LockHeldError) || !error.holderGone) throw error;
    warn(`breaking the lock of ${error.lock.holder} (pid ${error.lock.pid} on this host), whose process is no longer running`);
    await store.forceUnlock(error.lock.id, { actor: holder });
    return store.lock({ holder, operation: 'apply', timeoutMs });
  }
}
