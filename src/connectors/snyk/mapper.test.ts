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

  it('names a user by email and warns only when the lifecycle stage says deprecated', () => {
    const self = { data: { type: 'user', id: 'u', attributes: { name: 'jane doe', username: 'jane', email: 'jane@acme.example' } } };
    const ga = connectionResult(self, new Headers({ 'snyk-version-served': '2024-10-15', 'snyk-version-lifecycle-stage': 'ga' }), '2024-10-15', 1);
    expect(ga).toMatchObject({ user: 'jane@acme.example', vendor_version: 'REST API 2024-10-15', warnings: [] });
    const old = connectionResult(self, new Headers({ 'snyk-version-lifecycle-stage': 'deprecated' }), '2024-10-15', 1);
    expect(old.warnings).toEqual(['Snyk marks REST version 2024-10-15 deprecated; secwire needs an update']);
  });
});
