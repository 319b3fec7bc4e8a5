// Sonatype connection result: the server version header, the user, an empty organization list.
import { describe, expect, it } from 'vitest';
import { connectionResult, iqVersion } from './mapper.js';

describe('sonatype connectionResult', () => {
  it('reads the version from a Server header naming the product', () => {
    expect(iqVersion(new Headers({ server: 'Sonatype Lifecycle/1.182.0-01' }))).toBe('IQ Server 1.182.0-01');
    expect(iqVersion(new Headers({ server: 'Jetty(9.4.53)' }))).toBe('IQ Server (REST API v2)');
    expect(iqVersion(new Headers())).toBe('IQ Server (REST API v2)');
  });

  it('names the user and sees organizations without warning', () => {
    const r = connectionResult({ organizations: [{ id: 'ROOT_ORGANIZATION_ID', name: 'Root Organization' }] }, new Headers(), 'svc-secwire', 12.4);
    expect(r).toEqual({ ok: true, latency_ms: 12, vendor_version: 'IQ Server (REST API v2)', user: 'svc-secwire', warnings: [] });
  });

  it('warns when the user sees no organization', () => {
    const r = connectionResult({ organizations: [] }, new Headers(), 'svc-secwire', 3);
    expect(r.warnings).toEqual([expect.stringMatching(/View IQ Elements/)]);
  });
});
