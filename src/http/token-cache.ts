// Tokens minted by a vendor's token exchange (OAuth grants, login calls), kept in memory for their lifetime minus a
// margin, so one process exchanges a credential once and not on every request. Keys never hold the credential itself.
import { createHash } from 'node:crypto';
import { isHttpError } from './http-error.js';

/** Tokens are renewed this long before the vendor says they expire. */
export const EXPIRY_MARGIN_MS = 60_000;

interface Entry<T> {
  readonly value: T;
  readonly expiresAt: number;
}

export class TokenCache<T = string> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A key naming the server, account and credential without keeping the credential (a SHA-256 of the parts). */
  static key(...parts: readonly string[]): string {
    return createHash('sha256').update(parts.join('\0')).digest('hex');
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a token for expiresInSeconds (less the margin); a token without a usable lifetime is not kept. */
  set(key: string, value: T, expiresInSeconds: number | undefined): void {
    if (typeof expiresInSeconds !== 'number' || !Number.isFinite(expiresInSeconds)) return;
    const ttl = expiresInSeconds * 1000 - EXPIRY_MARGIN_MS;
    if (ttl <= 0) return;
    this.#entries.set(key, { value, expiresAt: this.#now() + ttl });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * Opens a session (from a cached token when one is alive) and runs `use` on it; when the vendor refuses a cached
 * token (authentication error), opens a fresh one and runs `use` once more. Returns the session that worked.
 */
export async function withFreshOnRefusal<S extends { readonly cached: boolean }, T>(
  open: (fresh: boolean) => Promise<S>,
  use: (session: S) => Promise<T>,
): Promise<{ session: S; value: T }> {
  const session = await open(false);
  try {
    return { session, value: await use(session) };
  } catch (error) {
    if (!session.cached || !isHttpError(error, 'authentication')) throw error;
    const fresh = await open(true);
    return { session: fresh, value: await use(fresh) };
  }
}
