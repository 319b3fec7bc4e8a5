// `secwire force-unlock ID`: removes a stale store lock (the id comes from the "locked by" error), and says whose it was.
import { holderIsGone } from '../state/lock-liveness.js';
import { LockMismatchError } from '../state/errors.js';
import type { LockInfo } from '../state/types.js';
import { commandContext, type GlobalOptions } from './context.js';
import { actor, backendOf, locationOf, openExistingStore } from './state.js';
import { UserError } from './user-error.js';

export interface ForceUnlockOptions extends GlobalOptions {
  readonly backend?: string;
}

export async function runForceUnlock(id: string, options: ForceUnlockOptions): Promise<number> {
  const ctx = await commandContext(options);
  const backend = backendOf(ctx, options.backend);
  const location = locationOf(ctx, backend);
  const store = await openExistingStore(ctx, backend);
  if (!store) throw new UserError(`the hub store ${location} does not exist, so it holds no lock`, 'check --backend (or `backend` in the config)');
  try {
    let removed: LockInfo;
    try {
      removed = await store.forceUnlock(id.trim(), { actor: actor() });
    } catch (error) {
      if (!(error instanceof LockMismatchError)) throw error;
      const current = await store.currentLock();
      if (!current) throw new UserError(`the hub store ${location} is not locked (no lock with id ${id})`, 'nothing to unlock; someone may have released it already');
      throw new UserError(
        `the hub store ${location} is not locked with id ${id}; the current lock is:\n${describeLock(current)}`,
        `if that operation is no longer running, run: secwire force-unlock ${current.id}`,
      );
    }
    const { term } = ctx;
    term.out(`${term.style('green', 'Released')} lock ${removed.id} of ${location}:\n${describeLock(removed)}\n`);
    term.out('The removal is recorded in the audit log. If that operation was still running, run `secwire plan` to see where it left the hub.\n');
    return 0;
  } finally {
    await store.close();
  }
}

function describeLock(lock: LockInfo): string {
  const gone = holderIsGone(lock) ? ' (that process is no longer running)' : '';
  return [
    `  held by    ${lock.holder}`,
    `  operation  ${lock.operation}`,
    `  since      ${lock.created_at}`,
    `  process    pid ${lock.pid} on ${lock.hostname}${gone}`,
    `  lock id    ${lock.id}`,
  ].join('\n');
}
