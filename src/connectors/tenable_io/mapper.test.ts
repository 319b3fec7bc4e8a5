// Tenable VM connection result: version, licence summary, and warnings for evaluation, expiry and a non-cloud server.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

const now = new Date('2026-01-15T00:00:00Z');

describe('tenable_io connectionResult', () => {
  it('summarises the licence and names the user', () => {
    const r = connectionResult({ server_version: '6.0.0', license: { ips: 100, expiration_date: 1798761599 } }, { username: 'bot@acme.example' }, 12.4, now);
    expect(r).toEqual({ ok: true, latency_ms: 12, vendor_version: '6.0.0', license: '100 assets, expires 2026-12-31', user: 'bot@acme.example', warnings: [] });
  });

  it('warns about an evaluation, an expired licence and an on-prem Nessus', () => {
    const r = connectionResult({ server_version: '10.9', nessus_type: 'Nessus Manager', license: { evaluation: true, expiration_date: 1735689599 } }, {}, 1, now);
    expect(r.warnings).toEqual([
      expect.stringMatching(/nessus_type "Nessus Manager".*nessus integration/),
      'the Tenable licence is an evaluation',
      'the Tenable licence expired on 2024-12-31',
    ]);
    expect(r.user).toBe('unknown');
  });
});
