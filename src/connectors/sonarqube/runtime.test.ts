// SonarQube runtime beyond the conformance suites (Server and Cloud): {"isLoggedIn":false} is a refused token; the expiry header.
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../http/index.js';
import { testContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { sonarqubeRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(routes: FakeRoutes, config: Record<string, unknown> = {}) {
  server = await startFakeServer({ routes });
  const ctx = testContext('sq', 'sonarqube', { auth: { base_url: server.url }, config }, { 'auth.token': 'squ_test' });
  return sonarqubeRuntime.testConnection!(ctx);
}

const status = { id: 'x', version: '10.8.0.100206', status: 'UP' };
const user = { isLoggedIn: true, login: 'svc-secwire', name: 'secwire bot' };

describe('sonarqube runtime', () => {
  it('treats {"isLoggedIn":false} (the token was ignored, the caller is anonymous) as an authentication failure', async () => {
    const error = await run({ 'GET /api/users/current': { body: { isLoggedIn: false } }, 'GET /api/system/status': { body: status } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('authentication');
    expect((error as HttpError).message).toMatch(/credentials/);
    expect(server!.requests.map((r) => r.path)).toEqual(['/api/users/current']);
  });

  it('turns the token-expiration header of users/current into a warning', async () => {
    const expires = new Date(Date.now() + 5 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+0000');
    const result = await run({
      'GET /api/users/current': { headers: { 'SonarQube-Authentication-Token-Expiration': expires }, body: user },
      'GET /api/system/status': { body: status },
    });
    expect(result.warnings).toEqual([expect.stringMatching(/cannot launch scans/), expect.stringMatching(/^the SonarQube token expires on .* \(in 4 day\(s\)\)/)]);
  });
});
