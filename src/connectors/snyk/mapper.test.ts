// Snyk connection result: the served version, service accounts, deprecation warnings.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('snyk connectionResult', () => {
  it('names a service account and warns when the version is deprecated', () => {
    const headers = new Headers({ 'snyk-version-served': '2024-10-15', deprecation: '2025-06-01', sunset: '2026-06-01' });
    const r = connectionResult({ data: { type: 'service_account', id: 'x', attributes: { name: 'ci-reader' } } }, headers, '2024-10-15', 3);
    expect(r).toMatchObject({ ok: true, vendor_version: 'REST API 2024-10-15', user: 'service account ci-reader' });
    expect(r.warnings).toEqual([expect.stringMatching(/deprecated \(sunset 2026-06-01\)/)]);
  });
});
