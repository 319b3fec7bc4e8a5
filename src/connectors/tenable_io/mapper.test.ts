// Tenable VM connection result: version, licence summary, and warnings for evaluation, expiry and a non-cloud server.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

const now = new Date('2026-01-15T00:00:00Z');

describe('tenable_io connectionResult', () => {
  it('summarises the licence and names the user', () => {
    const r = connectionResult({ server_version: '6.0.0', license: { ips: 100, expiration_date: 1798761599 } }, { username: 'bot@acme.example' }, 12.4, now);
    expect(r).toEqual({ ok: true, latency_ms: 12, vendor_version: '6.0.0', license: '100 assets, expires 2026-12-31', user: 'bot@acme.example', warnings: [] });
  });

  it('reads the -1 limits of a recorded answer as unlimited', () => {
    const r = connectionResult({ server_version: '6.9.1', license: { ips: -1, agents: -1, scanners: -1, scanners_used: 0, agents_used: 0, expiration_date: 1893304800 } }, {}, 1, now);
    expect(r.license).toBe('unlimited assets, 0/unlimited scanners, 0/unlimited agents, expires 2029-12-30');
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
