// Fortify SSC connection result: visible applications and the warning when there are none.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('fortify connectionResult', () => {
  it('counts the applications from the list total', () => {
    const r = connectionResult({ data: [{ id: 1, name: 'payments' }], count: 12, responseCode: 200 }, 9.2);
    expect(r).toEqual({
      ok: true,
      latency_ms: 9,
      vendor_version: 'Fortify SSC REST API v1',
      license: '12 applications visible',
      user: 'holder of the FortifyToken (this call does not name the user)',
      warnings: [],
    });
  });

  it('warns when the token sees no application', () => {
    const r = connectionResult({ data: [], count: 0 }, 1);
    expect(r.license).toBe('0 applications visible');
    expect(r.warnings).toEqual([expect.stringMatching(/sees no applications/)]);
  });

  it('falls back to the page length without a count', () => {
    expect(connectionResult({ data: [{ id: 1 }] }, 1).license).toBe('1 application visible');
  });
});
