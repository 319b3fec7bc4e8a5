// Fortify SSC connection result: visible applications, the warning when there are none, token type and expiry.
import { describe, expect, it } from 'vitest';
import { connectionResult, expiryWarning, parseSscDate } from './mapper.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('fortify connectionResult', () => {
  it('counts the applications from the list total and names the token type', () => {
    const token = { id: 7, type: 'CIToken', terminalDate: '2026-09-01T00:00:00.000+0000' };
    const r = connectionResult({ data: [{ id: 1, name: 'payments' }], count: 12, responseCode: 200 }, token, NOW, 9.2);
    expect(r).toEqual({
      ok: true,
      latency_ms: 9,
      vendor_version: 'Fortify SSC REST API v1',
      license: '12 applications visible',
      user: 'holder of the CIToken (these calls do not name the user)',
      warnings: [],
    });
  });

  it('warns when the token sees no application', () => {
    const r = connectionResult({ data: [], count: 0 }, undefined, NOW, 1);
    expect(r.license).toBe('0 applications visible');
    expect(r.user).toBe('holder of the FortifyToken (these calls do not name the user)');
    expect(r.warnings).toEqual([expect.stringMatching(/sees no applications/)]);
  });

  it('falls back to the page length without a count', () => {
    expect(connectionResult({ data: [{ id: 1 }] }, undefined, NOW, 1).license).toBe('1 application visible');
  });

  it('warns about a token that expires within 14 days, and about one that has expired', () => {
    const soon = connectionResult({ count: 3 }, { terminalDate: '2026-03-06T12:00:00.000+0000' }, NOW, 1);
    expect(soon.warnings).toEqual(['the Fortify token expires on 2026-03-06 (in 5 day(s)): renew it before then']);
    const gone = connectionResult({ count: 3 }, { terminalDate: '2026-02-27T00:00:00.000+0000' }, NOW, 1);
    expect(gone.warnings).toEqual(['the Fortify token expired on 2026-02-27: create a new one']);
  });
});

describe('fortify token expiry', () => {
  it('reads SSC dates with a +0000 offset, Z or +00:00', () => {
    expect(parseSscDate('2026-03-06T12:00:00.000+0000')).toBe(Date.parse('2026-03-06T12:00:00Z'));
    expect(parseSscDate('2026-03-06T14:00:00.000+0200')).toBe(Date.parse('2026-03-06T12:00:00Z'));
    expect(parseSscDate('2026-03-06T12:00:00Z')).toBe(Date.parse('2026-03-06T12:00:00Z'));
    expect(parseSscDate('not a date')).toBeUndefined();
    expect(parseSscDate(undefined)).toBeUndefined();
  });

  it('stays quiet beyond 14 days and without a date', () => {
    expect(expiryWarning(NOW + 15 * 86_400_000, NOW)).toBeUndefined();
    expect(expiryWarning(undefined, NOW)).toBeUndefined();
    expect(expiryWarning(NOW + 14 * 86_400_000, NOW)).toMatch(/in 14 day\(s\)/);
  });
});
