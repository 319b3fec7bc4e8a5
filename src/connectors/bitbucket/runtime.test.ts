// Bitbucket runtime beyond the conformance suites: Cloud access tokens (no user), missing credentials, DC without base_url.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { bitbucketRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function context(routes: FakeRoutes, auth: Record<string, unknown>, secrets: Record<string, string>, config: Record<string, unknown> = { workspace: 'acme' }) {
  await server?.close();
  server = await startFakeServer({ routes });
  const spec = { type: 'bitbucket', auth: { base_url: server.url, ...auth }, config };
  const credentials = new Map(Object.entries(secrets).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  return connectorContext({ name: 'bb', type: 'bitbucket', spec }, credentials, 'Bitbucket', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
}

describe('bitbucket runtime', () => {
  it('tests a Cloud access token with the workspace (it has no user), sent as Bearer', async () => {
    const ctx = await context({ 'GET /2.0/workspaces/acme': { body: { type: 'workspace', slug: 'acme', name: 'Acme' } } }, { deployment: 'cloud' }, { 'auth.access_token': 'bb-access-token' });
    expect(await bitbucketRuntime.testConnection!(ctx)).toMatchObject({ ok: true, user: 'access token of workspace acme', warnings: [] });
    expect(server!.requests[0]!.headers.authorization).toBe('Bearer bb-access-token');
  });

  it('refuses Cloud without credentials, and Data Center pointed at the Cloud host', async () => {
    const cloud = await context({}, { deployment: 'cloud' }, {});
    await expect(bitbucketRuntime.testConnection!(cloud)).rejects.toThrow(/api_token, or auth.access_token/);
    const dc = await context({}, { deployment: 'datacenter', base_url: 'https://api.bitbucket.org' }, { 'auth.access_token': 'dc' });
    await expect(bitbucketRuntime.testConnection!(dc)).rejects.toThrow(/Data Center server URL/);
    expect(server!.requests).toHaveLength(0);
  });

  it('warns when the Cloud credentials look like an app password (a user name, not an email)', async () => {
    const ctx = await context({ 'GET /2.0/user': { body: { type: 'user', nickname: 'acme-bot' } } }, { deployment: 'cloud', email: 'acme-bot' }, { 'auth.api_token': 'app-password' });
    const result = await bitbucketRuntime.testConnection!(ctx);
    expect(result.warnings).toEqual([expect.stringMatching(/app passwords stopped working on 2026-06-09/)]);
  });
});
