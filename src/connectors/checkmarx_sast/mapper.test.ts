// Checkmarx SAST: the token answer read as token / refusal / error, the connection result, and the token cache.
import { describe, expect, it } from 'vitest';
import { connectionResult, readToken } from './mapper.js';
import { TokenCache } from './token-cache.js';

describe('checkmarx_sast readToken', () => {
  it('reads a token and its lifetime', () => {
    expect(readToken(200, { access_token: 'abc', expires_in: 86400, token_type: 'Bearer' })).toEqual({ kind: 'token', token: 'abc', expiresIn: 86400 });
    expect(readToken(200, { access_token: 'abc' })).toEqual({ kind: 'token', token: 'abc' });
  });

  it('reads invalid_grant as a refusal and anything else as an error', () => {
    expect(readToken(400, { error: 'invalid_grant', error_description: 'invalid_username_or_password' })).toEqual({
      kind: 'refused',
      reason: 'invalid_grant: invalid_username_or_password',
    });
    expect(readToken(400, { error: 'invalid_client' })).toEqual({ kind: 'error', reason: 'invalid_client' });
    expect(readToken(400, 'Bad Request')).toEqual({ kind: 'error', reason: 'status 400' });
    expect(readToken(200, {})).toEqual({ kind: 'error', reason: 'the token answer has no access_token' });
  });
});

describe('checkmarx_sast connectionResult', () => {
  it('names version, hotfix and engine pack', () => {
    expect(connectionResult({ version: '9.5.0.1122', hotFix: '2', enginePackVersion: '9.5.0.33' }, 'svc', 3.3)).toEqual({
      ok: true,
      latency_ms: 3,
      vendor_version: 'CxSAST 9.5.0.1122 HF2 (engine pack 9.5.0.33)',
      user: 'svc',
      warnings: [],
    });
  });

  it('leaves out hotfix 0, warns before 9.0, says unknown without a version', () => {
    expect(connectionResult({ version: '9.4.0', hotFix: '0' }, 'svc', 1).vendor_version).toBe('CxSAST 9.4.0');
    expect(connectionResult({ version: '8.9.0.210' }, 'svc', 1).warnings).toEqual([expect.stringMatching(/older than 9\.0/)]);
    expect(connectionResult({}, 'svc', 1).vendor_version).toBe('unknown');
  });
});

describe('checkmarx_sast TokenCache', () => {
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
});
