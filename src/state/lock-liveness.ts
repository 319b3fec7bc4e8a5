// Tells whether a lock's holder process is known to be gone (same host, pid no longer running), for clearer messages.
import { hostname } from 'node:os';
import type { LockInfo } from './types.js';

/** True only when the holder ran on this host and its pid no longer exists. Never breaks a lock by itself. */
export function holderIsGone(lock: LockInfo): boolean {
  if (lock.hostname !== hostname()) return false;
  if (lock.pid === process.pid) return false;
  try {
    process.kill(lock.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
