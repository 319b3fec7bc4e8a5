// Azure DevOps runtime beyond the conformance suites: a commit status when no pull request has the sha.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { azureDevopsRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PAT = 'azdo-runtime-test-pat-000000000000000000000000000000';

async function context(routes: FakeRoutes, config: Record<string, unknown> = {}) {
  server = await startFakeServer({ routes });
  const spec = { type: 'azure_devops', auth: { organization_url: `${server.url}/acme/` }, config };
  return connectorContext({ name: 'ado', type: 'azure_devops', spec }, new Map([['auth.pat', new TextEncoder().encode(PAT)]]), 'Azure DevOps', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
}

describe('azure_devops runtime', () => {
  it('sets a commit status when no pull request has the sha as its merge commit', async () => {
    const ctx = await context({
      'POST /acme/Payments/_apis/git/repositories/web/pullrequestquery': (req) => ({ body: { queries: (req.json as { queries: unknown[] }).queries, results: [{ abc: [] }] } }),
      'POST /acme/Payments/_apis/git/repositories/web/commits/abc/statuses': { body: { id: 1, state: 'failed' } },
    });
    await azureDevopsRuntime.setCommitStatus!(ctx, { repository: 'Payments/web', sha: 'abc', state: 'failure', context: 'secwire/gate', description: 'blocked' });
    expect(server!.requests.map((r) => r.route)).toEqual([
      'POST /acme/Payments/_apis/git/repositories/web/pullrequestquery',
      'POST /acme/Payments/_apis/git/repositories/web/commits/abc/statuses',
    ]);
    expect(server!.requests[0]!.json).toEqual({ queries: [{ type: 'lastMergeCommit', items: ['abc'] }] });
    expect(server!.requests[1]!.json).toEqual({ state: 'failed', description: 'blocked', context: { genre: 'secwire', name: 'gate' } });
    server!.assertNoUnexpected();
  });
});
