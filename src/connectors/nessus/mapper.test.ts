// Nessus connection result: version, licence summary, and warnings for editions without a scan API, readiness and licence expiry.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

const now = new Date('2026-01-15T00:00:00Z');
const ready = { status: 'ready', progress: null };

describe('nessus connectionResult', () => {
  it('summarises a Nessus Manager licence without warnings', () => {
    const r = connectionResult(ready, { nessus_type: 'Nessus Manager', server_version: '10.8.3', server_build: '20010', license: { ips: 'unlimited', agents: 500, expiration_date: 1798761599 } }, { username: 'secwire' }, 8.6, now);
    expect(r).toEqual({ ok: true, latency_ms: 9, vendor_version: '10.8.3 (build 20010)', license: 'Nessus Manager, unlimited IPs, 500 agents, expires 2026-12-31', user: 'secwire', warnings: [] });
  });

  it.each(['Nessus Professional', 'Nessus Expert', 'Nessus Essentials'])('warns that %s has no scan launch API', (type) => {
    const r = connectionResult(ready, { nessus_type: type }, { username: 'u' }, 1, now);
    expect(r.warnings).toEqual([expect.stringContaining(`${type} does not allow creating or launching scans through the API`)]);
  });

  it('warns about a loading server, an evaluation, a licence expiring soon and one expired', () => {
    const soon = connectionResult({ status: 'loading', progress: 40 }, { nessus_type: 'Nessus Manager', license: { evaluation: true, expiration_date: Date.parse('2026-01-25T00:00:00Z') / 1000 } }, {}, 1, now);
    expect(soon.warnings).toEqual([
      'the Nessus server reports status "loading" (40%): scans and exports may fail until it is ready',
      'the Nessus licence is an evaluation',
      'the Nessus licence expires on 2026-01-25 (in 10 days)',
    ]);
    expect(soon.user).toBe('unknown');
    const expired = connectionResult(ready, { nessus_type: 'Nessus Manager', expiration: 1735689599 }, {}, 1, now);
    expect(expired.warnings).toEqual(['the Nessus licence expired on 2024-12-31']);
    expect(expired.vendor_version).toBe('unknown');
  });

  it('trusts the licence feature flag scan_api: false whatever the edition is called', () => {
    const essentials = { nessus_type: 'Nessus', license: { type: 'home', name: 'Nessus Essentials', ips: 16, features: { api: true, scan_api: false } } };
    expect(connectionResult(ready, essentials, {}, 1, now).warnings).toEqual([expect.stringContaining('Nessus does not allow creating or launching scans')]);
    expect(connectionResult(ready, { ...essentials, license: { features: { scan_api: true } } }, {}, 1, now).warnings).toEqual([]);
  });

  it('reads an expiration_date sent as a numeric string', () => {
    const r = connectionResult(ready, { nessus_type: 'Nessus Manager', license: { expiration_date: '1798761599' } }, {}, 1, now);
    expect(r.license).toBe('Nessus Manager, expires 2026-12-31');
  });

  it('points a cloud server at the tenable_io connector', () => {
    expect(connectionResult(ready, { nessus_type: 'Nessus Cloud' }, {}, 1, now).warnings).toEqual([expect.stringContaining('tenable_io')]);
  });
});
