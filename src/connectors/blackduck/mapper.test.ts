// Black Duck connection result: version, user naming, inactive user and short token warnings.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('blackduck connectionResult', () => {
  it('names the version and the user', () => {
    const r = connectionResult({ bearerToken: 'x', expiresInMilliseconds: 7_199_000 }, { version: '2024.10.1' }, { userName: 'svc-secwire', firstName: 'Sec', lastName: 'Wire', active: true }, 20.6);
    expect(r).toEqual({ ok: true, latency_ms: 21, vendor_version: 'Black Duck 2024.10.1', user: 'svc-secwire (Sec Wire)', warnings: [] });
  });

  it('warns about an inactive user and a very short token lifetime', () => {
    const r = connectionResult({ expiresInMilliseconds: 60_000 }, {}, { userName: 'old', active: false }, 1);
    expect(r.vendor_version).toBe('Black Duck (version not reported)');
    expect(r.warnings).toEqual([expect.stringMatching(/user old is inactive/), expect.stringMatching(/valid only 60 s/)]);
  });
});
