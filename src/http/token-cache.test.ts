// The token cache shared by connectors with a token exchange.
import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error.js';
import { TokenCache, withFreshOnRefusal } from './token-cache.js';

describe('TokenCache', () => {
  it('keys by server, user and password without keeping the password', () => {
    const key = TokenCache.key('https://cx', 'u', 'p@ss');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('p@ss');
    expect(TokenCache.key('https://cx', 'u', 'other')).not.toBe(key);
  });

  it('keeps a token until a minute before it expires, and not at all without a lifetime', () => {
    let now = 0;
    const cache = new TokenCache(() => now);
    cache.set('k', 't', 120);
    cache.set('none', 't', undefined);
    cache.set('short', 't', 30);
    expect(cache.get('k')).toBe('t');
    expect(cache.get('none')).toBeUndefined();
    expect(cache.get('short')).toBeUndefined();
    now = 59_999;
    expect(cache.get('k')).toBe('t');
    now = 60_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds any value (a token with the login answer it came with) and forgets on delete and clear', () => {
    const cache = new TokenCache<{ jwt: string; roles: string[] }>(() => 0);
    cache.set('a', { jwt: 'j', roles: ['admin'] }, 600);
    cache.set('b', { jwt: 'k', roles: [] }, 600);
    expect(cache.get('a')).toEqual({ jwt: 'j', roles: ['admin'] });
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('withFreshOnRefusal', () => {
  const refused = new HttpError({ kind: 'authentication', integration: 'i', vendor: 'v', method: 'GET', path: '/p', host: 'h', status: 401, retryable: false });

  it('opens a fresh session once when a cached one is refused, and not when a fresh one is', async () => {
    const opened: boolean[] = [];
    const open = async (fresh: boolean) => (opened.push(fresh), { cached: !fresh });
    const result = await withFreshOnRefusal(open, async (s) => (s.cached ? Promise.reject(refused) : 'ok'));
    expect(result).toEqual({ session: { cached: false }, value: 'ok' });
    expect(opened).toEqual([false, true]);
    await expect(withFreshOnRefusal(async () => ({ cached: false }), async () => Promise.reject(refused))).rejects.toBe(refused);
  });

  it('does not retry other errors', async () => {
    const boom = new Error('boom');
    let opens = 0;
    await expect(withFreshOnRefusal(async () => (opens++, { cached: true }), async () => Promise.reject(boom))).rejects.toBe(boom);
    expect(opens).toBe(1);
  });
});
