// Sonatype connection result: the server version, the user, an empty organization list.
import { describe, expect, it } from 'vitest';
import { connectionResult, iqVersion } from './mapper.js';

describe('sonatype connectionResult', () => {
  it('reads the version from GET /rest/product/version, else names the API generation', () => {
    expect(iqVersion({ version: '1.182.0-01', tag: 'abc', name: 'sonatype-clm-server' })).toBe('IQ Server 1.182.0-01');
    expect(iqVersion({})).toBe('IQ Server (REST API v2)');
    expect(iqVersion(undefined)).toBe('IQ Server (REST API v2)');
  });

  it('names the user and sees organizations without warning', () => {
    const r = connectionResult({ organizations: [{ id: 'ROOT_ORGANIZATION_ID', name: 'Root Organization' }] }, undefined, 'svc-secwire', 12.4);
    expect(r).toEqual({ ok: true, latency_ms: 12, vendor_version: 'IQ Server (REST API v2)', user: 'svc-secwire', warnings: [] });
  });

  it('warns when the user sees no organization', () => {
    const r = connectionResult({ organizations: [] }, { version: '1.190.0-01' }, 'svc-secwire', 3);
    expect(r.vendor_version).toBe('IQ Server 1.190.0-01');
    expect(r.warnings).toEqual([expect.stringMatching(/View IQ Elements/)]);
  });
});
