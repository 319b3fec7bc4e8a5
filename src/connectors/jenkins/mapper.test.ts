// Jenkins connection result: version from X-Jenkins, anonymous and security-disabled warnings.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('jenkins connectionResult', () => {
  it('reads the version from X-Jenkins and the user from whoAmI', () => {
    const r = connectionResult({ useSecurity: true }, new Headers({ 'x-jenkins': '2.492.3' }), { name: 'svc-secwire', anonymous: false, authenticated: true }, 'svc-secwire', 4.6);
    expect(r).toEqual({ ok: true, latency_ms: 5, vendor_version: 'Jenkins 2.492.3', user: 'svc-secwire', warnings: [] });
  });

  it('warns when security is off, the caller is anonymous, or the version is missing', () => {
    const r = connectionResult({ useSecurity: false }, new Headers(), { name: 'anonymous', anonymous: true, authenticated: true }, 'svc', 1);
    expect(r.vendor_version).toMatch(/version not reported/);
    expect(r.user).toBe('anonymous');
    expect(r.warnings).toEqual([expect.stringMatching(/security disabled/), expect.stringMatching(/anonymous, not as svc/)]);
  });

  it('warns when the token belongs to another user', () => {
    const r = connectionResult({ useSecurity: true }, new Headers({ 'x-jenkins': '2.500' }), { name: 'admin', anonymous: false, authenticated: true }, 'svc', 1);
    expect(r.warnings).toEqual([expect.stringMatching(/belongs to admin, not to auth.username svc/)]);
  });
});
