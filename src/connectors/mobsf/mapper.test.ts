// MobSF connection result: scan count, fixed version and user wording, the plain-HTTP warning.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('mobsf connectionResult', () => {
  it('reports the scan count over TLS without warnings', () => {
    const r = connectionResult({ content: [{ MD5: 'a' }], count: 14, num_pages: 2 }, 'https://mobsf.acme.example', 3.4);
    expect(r).toEqual({
      ok: true,
      latency_ms: 3,
      vendor_version: 'unknown (MobSF REST API v1 reports no version)',
      license: 'open source, 14 scans on the server',
      user: 'REST API key (MobSF has no API users)',
      warnings: [],
    });
  });

  it('warns about plain HTTP to another host, not to loopback', () => {
    expect(connectionResult({}, 'http://mobsf.acme.example:8000', 1).warnings).toEqual([expect.stringMatching(/plain HTTP/)]);
    expect(connectionResult({}, 'http://127.0.0.1:8000', 1).warnings).toEqual([]);
  });

  it('leaves the licence out when the count is unknown', () => {
    expect(connectionResult({}, 'https://m', 1)).not.toHaveProperty('license');
  });
});
