// Sonatype runtime beyond the conformance suite: a server that hides /rest/product/version still connects, without a version.
import { afterEach, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { sonatypeRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(routes: FakeRoutes) {
  server = await startFakeServer({ routes });
  const ctx = testContext('iq', 'sonatype', { auth: { base_url: server.url, username: 'svc' }, config: {} }, { 'auth.password': 'passcode' });
  return sonatypeRuntime.testConnection!(ctx);
}

const organizations = { body: { organizations: [{ id: 'ROOT_ORGANIZATION_ID', name: 'Root Organization' }] } };

describe('sonatype runtime', () => {
  it.each([404, 403])('falls back to the API generation when /rest/product/version answers %i', async (status) => {
    const result = await run({ 'GET /api/v2/organizations': organizations, 'GET /rest/product/version': { status, body: 'Not Found' } });
    expect(result.vendor_version).toBe('IQ Server (REST API v2)');
    expect(result.warnings).toEqual([]);
  });

  it('reports the version /rest/product/version names', async () => {
    const result = await run({ 'GET /api/v2/organizations': organizations, 'GET /rest/product/version': { body: { version: '1.190.0-01', name: 'sonatype-clm-server' } } });
    expect(result.vendor_version).toBe('IQ Server 1.190.0-01');
    expect(server!.requests.map((r) => r.path)).toEqual(['/api/v2/organizations', '/rest/product/version']);
  });
});
