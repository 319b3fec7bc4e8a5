// SonarQube runtime beyond the conformance suite: a 200 {"valid":false} is a refused token; Cloud reports its organization.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient, HttpError } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { sonarqubeRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(routes: FakeRoutes, config: Record<string, unknown> = {}) {
  server = await startFakeServer({ routes });
  const spec = { type: 'sonarqube', auth: { base_url: server.url }, config };
  const credentials = new Map([['auth.token', new TextEncoder().encode('squ_test')]]);
  const ctx = connectorContext({ name: 'sq', type: 'sonarqube', spec }, credentials, 'SonarQube', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), sleep: async () => {}, retry: { ...o.retry, retries: 0 } }),
  });
  return sonarqubeRuntime.testConnection!(ctx);
}

const status = { id: 'x', version: '10.8.0.100206', status: 'UP' };

describe('sonarqube runtime', () => {
  it('treats {"valid":false} (the token was ignored, the caller is anonymous) as an authentication failure', async () => {
    const error = await run({ 'GET /api/authentication/validate': { body: { valid: false } }, 'GET /api/system/status': { body: status } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('authentication');
    expect((error as HttpError).message).toMatch(/credentials/);
    expect(server!.requests.map((r) => r.path)).toEqual(['/api/authentication/validate']);
  });

  it('sends the token as Bearer and reports SonarQube Cloud with its organization', async () => {
    const result = await run(
      { 'GET /api/authentication/validate': { body: { valid: true } }, 'GET /api/system/status': { body: { ...status, version: '8.0.0.70000' } } },
      { deployment: 'cloud', organization: 'acme' },
    );
    expect(server!.requests[0]!.headers.authorization).toBe('Bearer squ_test');
    expect(result.vendor_version).toBe('SonarQube Cloud 8.0.0.70000');
    expect(result.user).toBe('a valid token (organization acme)');
    expect(result.warnings).toEqual([expect.stringMatching(/cannot launch scans/)]);
  });
});
