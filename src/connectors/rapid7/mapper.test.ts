// Rapid7 InsightVM connection result: version, licence summary, and warnings for licence status, evaluation, expiry and a refused licence call.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

const now = new Date('2026-01-15T00:00:00Z');
const info = { version: { semantic: '6.6.301', build: '2025-11-19-10-05' }, user: 'root' };

describe('rapid7 connectionResult', () => {
  it('summarises version and licence; the user is the console login, not the OS user', () => {
    const r = connectionResult(info, { edition: 'InsightVM', status: 'Activated', expires: '2026-12-31T23:59:59.999Z', limits: { assets: 5000 } }, 'secwire', 14.5, now);
    expect(r).toEqual({ ok: true, latency_ms: 15, vendor_version: '6.6.301 (build 2025-11-19-10-05)', license: 'InsightVM, Activated, 5000 assets, expires 2026-12-31', user: 'secwire', warnings: [] });
  });

  it('warns about a licence that is not activated, an evaluation, and expiry', () => {
    expect(connectionResult(info, { status: 'Evaluation Mode', evaluation: true, expires: '2026-02-01T00:00:00Z' }, 'u', 1, now).warnings).toEqual([
      'the InsightVM licence status is "Evaluation Mode"',
      'the InsightVM licence is an evaluation',
      'the InsightVM licence expires on 2026-02-01 (in 17 days)',
    ]);
    expect(connectionResult(info, { status: 'Expired', expires: '2025-06-30T00:00:00Z' }, 'u', 1, now).warnings).toEqual([
      'the InsightVM licence status is "Expired"',
      'the InsightVM licence expired on 2025-06-30',
    ]);
    expect(connectionResult(info, { status: 'Activated', perpetual: true, expires: '2020-01-01T00:00:00Z' }, 'u', 1, now)).toMatchObject({ license: 'Activated, perpetual', warnings: [] });
  });

  it('warns when the licence is not readable, and never invents a version or user', () => {
    const r = connectionResult({}, undefined, '', 1, now);
    expect(r).toMatchObject({ vendor_version: 'unknown', user: 'unknown' });
    expect(r.license).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringContaining('Global Administrators only')]);
  });
});
