// Bamboo connection result: version and build number, user, a server that is not RUNNING.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('bamboo connectionResult', () => {
  it('names version, build and user', () => {
    expect(connectionResult({ version: '10.2.1', buildNumber: '100209', state: 'RUNNING' }, { name: 'svc-secwire', fullName: 'secwire' }, 12.2)).toEqual({
      ok: true,
      latency_ms: 12,
      vendor_version: 'Bamboo 10.2.1 (build 100209)',
      user: 'svc-secwire',
      warnings: [],
    });
  });

  it('warns when the server is paused', () => {
    const r = connectionResult({ version: '9.6.4', state: 'PAUSED' }, {}, 1);
    expect(r.vendor_version).toBe('Bamboo 9.6.4');
    expect(r.user).toBe('unknown');
    expect(r.warnings).toEqual([expect.stringMatching(/state PAUSED/)]);
  });
});
