// Bearer tokens of one runtime instance, kept in memory for their lifetime (minus a margin), per server and user.
import { createHash } from 'node:crypto';

/** Tokens are renewed this long before the identity server says they expire. */
export const EXPIRY_MARGIN_MS = 60_000;

interface Entry {
  readonly token: string;
  readonly expiresAt: number;
}

export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A key that identifies server, user and password without keeping the password itself. */
  static key(baseUrl: string, username: string, password: string): string {
    return createHash('sha256').update(`${baseUrl}\0${username}\0${password}`).digest('hex');
  }

  get(key: string): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.token;
  }

  /** Keeps a token for expiresInSeconds (less the margin); a token without a usable lifetime is not kept. */
  set(key: string, token: string, expiresInSeconds: number | undefined): void {
    if (typeof expiresInSeconds !== 'number' || !Number.isFinite(expiresInSeconds)) return;
    const ttl = expiresInSeconds * 1000 - EXPIRY_MARGIN_MS;
    if (ttl <= 0) return;
    this.#entries.set(key, { token, expiresAt: this.#now() + ttl });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
