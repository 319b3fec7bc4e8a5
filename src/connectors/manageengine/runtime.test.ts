// ServiceDesk Plus beyond the conformance suites (Cloud and on-premises): a refused Zoho refresh token.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient, HttpError } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { manageengineRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function context(routes: FakeRoutes, auth: (url: string) => Record<string, unknown>, secrets: Record<string, string>) {
  server = await startFakeServer({ routes });
  const spec = { type: 'manageengine', auth: auth(server.url), config: {} };
  const creds = new Map(Object.entries(secrets).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  return connectorContext({ name: 'sdp', type: 'manageengine', spec }, creds, 'ManageEngine ServiceDesk Plus', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
}

describe('ServiceDesk Plus Cloud', () => {
  it('turns Zoho\'s 200 {"error":"invalid_code"} into an authentication error without the secrets', async () => {
    const ctx = await context(
      { 'POST /oauth/v2/token': { headers: { 'content-type': 'application/json' }, body: { error: 'invalid_code' } } },
      (url) => ({ deployment: 'cloud', base_url: url, accounts_url: url, client_id: '1000.ABC' }),
      { 'auth.client_secret': 'sekret-client-0001', 'auth.refresh_token': '1000.refresh.sekret' },
    );
    const error = await manageengineRuntime.testConnection!(ctx).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('authentication');
    expect((error as HttpError).message).toMatch(/invalid_code/);
    expect((error as HttpError).message).not.toMatch(/sekret/);
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.path).toBe('/oauth/v2/token');
  });
});
