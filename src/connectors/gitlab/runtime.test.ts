// GitLab runtime beyond the conformance suites: the repeated-state 400, other 400s, expired tokens, instances without personal_access_tokens/self.
import { afterEach, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { gitlabRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function context(routes: FakeRoutes) {
  server = await startFakeServer({ routes });
  return testContext('gl', 'gitlab', { auth: { base_url: `${server.url}/gitlab` }, config: {} }, { 'auth.token': 'glpat-runtime-test' });
}

const status = { repository: 'acme/web', sha: 'abc', state: 'pending', context: 'secwire/gate', description: 'running' } as const;

describe('gitlab runtime', () => {
  it('a status already in the asked state (400 Cannot transition) is not an error; the project path is encoded', async () => {
    const ctx = await context({ 'POST /gitlab/api/v4/projects/{id}/statuses/{sha}': { status: 400, body: { message: 'Cannot transition status via :enqueue from :pending' } } });
    await expect(gitlabRuntime.setCommitStatus!(ctx, status)).resolves.toBeUndefined();
    expect(server!.requests[0]!.params.id).toBe('acme/web');
    expect(server!.requests[0]!.headers['private-token']).toBe('glpat-runtime-test');
  });

  it('any other 400 is an error', async () => {
    const ctx = await context({ 'POST /gitlab/api/v4/projects/{id}/statuses/{sha}': { status: 400, body: { message: 'sha is missing' } } });
    await expect(gitlabRuntime.setCommitStatus!(ctx, status)).rejects.toThrow(/400/);
  });

  it('an expired token is an authentication error that keeps GitLab\'s reason', async () => {
    // lib/api/api_guard.rb answers ExpiredError with rack-oauth2's Bearer 401 (error invalid_token), not {"message":"401 Unauthorized"}.
    const description = 'Token is expired. You can either do re-authorization or token refresh.';
    const ctx = await context({
      'GET /gitlab/api/v4/user': {
        status: 401,
        headers: { 'content-type': 'application/json', 'www-authenticate': `Bearer realm="Protected by OAuth 2.0", error="invalid_token", error_description="${description}"` },
        body: { error: 'invalid_token', error_description: description },
      },
    });
    await expect(gitlabRuntime.testConnection!(ctx)).rejects.toMatchObject({ kind: 'authentication', message: expect.stringContaining('Token is expired') });
  });

  it('connects to an instance without personal_access_tokens/self (404)', async () => {
    const ctx = await context({
      'GET /gitlab/api/v4/user': { body: { username: 'bot' } },
      'GET /gitlab/api/v4/version': { body: { version: '15.0.0', revision: 'x' } },
      'GET /gitlab/api/v4/personal_access_tokens/self': { status: 404, body: { error: '404 Not Found' } },
    });
    expect(await gitlabRuntime.testConnection!(ctx)).toMatchObject({ ok: true, user: 'bot', vendor_version: 'GitLab 15.0.0', warnings: [] });
  });
});
