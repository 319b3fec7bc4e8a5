// Checkmarx SAST: the token answer read as token / refusal / error, the connection result, and the token cache.
import { describe, expect, it } from 'vitest';
import { connectionResult, readToken } from './mapper.js';

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
