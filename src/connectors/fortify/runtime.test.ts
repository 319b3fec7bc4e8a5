// Fortify runtime beyond the conformance suite: an SSC without tokenData (404/401) still connects; tokenData's expiry reaches the warnings.
import { afterEach, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { fortifyRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(routes: FakeRoutes) {
  server = await startFakeServer({ routes });
  const ctx = testContext('ssc', 'fortify', { auth: { base_url: `${server.url}/ssc` }, config: {} }, { 'auth.token': 'ssc-token' });
  return fortifyRuntime.testConnection!(ctx);
}

const projects = { body: { data: [{ id: 1, name: 'a' }], count: 1, responseCode: 200 } };

describe('fortify runtime', () => {
  it.each([404, 401])('connects without an expiry when tokenData answers %i (SSC 23.2 and older)', async (status) => {
    const result = await run({ 'GET /ssc/api/v1/projects': projects, 'POST /ssc/api/v1/userSession/tokenData': { status, body: '' } });
    expect(result.warnings).toEqual([]);
    expect(result.user).toBe('holder of the FortifyToken (these calls do not name the user)');
    expect(server!.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ssc/api/v1/projects', 'POST /ssc/api/v1/userSession/tokenData']);
  });

  it('warns when tokenData says the token expires within 14 days', async () => {
    const terminalDate = new Date(Date.now() + 3 * 86_400_000).toISOString().replace('Z', '+0000');
    const result = await run({
      'GET /ssc/api/v1/projects': projects,
      'POST /ssc/api/v1/userSession/tokenData': { body: { data: { id: 9, type: 'UnifiedLoginToken', terminalDate }, responseCode: 200 } },
    });
    expect(result.user).toBe('holder of the UnifiedLoginToken (these calls do not name the user)');
    expect(result.warnings).toEqual([expect.stringMatching(/^the Fortify token expires on \d{4}-\d{2}-\d{2} \(in 2 day\(s\)\)/)]);
    expect(server!.requests[1]!.headers.authorization).toBe('FortifyToken ssc-token');
    expect(server!.requests[1]!.json).toEqual({});
  });
});
