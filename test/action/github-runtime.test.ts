// The GitHub connector runtime against a loopback fake: statuses, the marked comment across pages, scopes, expiry, 401.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorContext } from '../../src/catalog/runtime.js';
import { createHttpClient } from '../../src/http/index.js';
import { githubRuntime } from '../../src/connectors/github/runtime.js';
import { expiryWarning, parseTokenExpiration } from '../../src/connectors/github/mapper.js';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';

const TOKEN = 'ghp_FakeToken1234567890abcdefABCDEF0000';
let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function context(url: string, spec: Record<string, unknown> = {}, warnings: string[] = []): ConnectorContext {
  return {
    name: 'github-test',
    type: 'github',
    auth: { token: TOKEN, api_url: url },
    config: { owner: 'acme' },
    spec,
    http: (options) => createHttpClient({ ...options, integration: 'github-test', vendor: 'GitHub', retry: { retries: 0 }, warn: (m) => warnings.push(m) }),
  };
}

describe('github runtime: setCommitStatus', () => {
  it('POSTs the status to /repos/{owner}/{repo}/statuses/{sha} with the GitHub headers, description cut at 140', async () => {
    server = await startFakeServer({ routes: { 'POST /repos/{owner}/{repo}/statuses/{sha}': { status: 201, body: { id: 1 } } } });
    await githubRuntime.setCommitStatus!(context(server.url), {
      repository: 'acme/web',
      sha: 'abc123',
      state: 'failure',
      context: 'secwire/gate',
      description: `blocked: ${'x'.repeat(200)}`,
      targetUrl: 'https://github.com/acme/web/actions/runs/1',
    });
    server.assertNoUnexpected();
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req!.path).toBe('/repos/acme/web/statuses/abc123');
    expect(req!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req!.headers.accept).toBe('application/vnd.github+json');
    expect(req!.headers['x-github-api-version']).toBe('2022-11-28');
    const body = req!.json as Record<string, string>;
    expect(body).toMatchObject({ state: 'failure', context: 'secwire/gate', target_url: 'https://github.com/acme/web/actions/runs/1' });
    expect(body['description']!.length).toBe(140);
  });
});

describe('github runtime: upsertComment', () => {
  const marker = '<!-- secwire:plan -->';

  it('follows the Link header to the marked comment on page 2 and PATCHes it (no new comment)', async () => {
    server = await startFakeServer({
      routes: {
        'GET /repos/{owner}/{repo}/issues/{n}/comments': (req) =>
          req.query['page'] === '2'
            ? { body: [{ id: 7, body: 'lgtm' }, { id: 42, body: `${marker}\nold plan` }] }
            : { headers: { link: `<${server!.url}/repos/acme/web/issues/5/comments?per_page=100&page=2>; rel="next"` }, body: [{ id: 1, body: 'first' }, { id: 2, body: null }] },
        'PATCH /repos/{owner}/{repo}/issues/comments/{id}': { body: { id: 42 } },
      },
    });
    const done = await githubRuntime.upsertComment!(context(server.url), { repository: 'acme/web', pullRequest: 5, marker, body: `${marker}\nnew plan` });
    expect(done).toBe('updated');
    server.assertNoUnexpected();
    expect(server.requests.map((r) => `${r.method} ${r.path}${r.query['page'] ? `?page=${r.query['page']}` : ''}`)).toEqual([
      'GET /repos/acme/web/issues/5/comments',
      'GET /repos/acme/web/issues/5/comments?page=2',
      'PATCH /repos/acme/web/issues/comments/42',
    ]);
    expect(server.requests[0]!.query['per_page']).toBe('100');
    expect(server.requests[2]!.json).toEqual({ body: `${marker}\nnew plan` });
  });

  it('creates the comment when no comment carries the marker, adding the marker when the body lacks it', async () => {
    server = await startFakeServer({
      routes: {
        'GET /repos/{owner}/{repo}/issues/{n}/comments': { body: [{ id: 1, body: 'unrelated' }] },
        'POST /repos/{owner}/{repo}/issues/{n}/comments': { status: 201, body: { id: 9 } },
      },
    });
    const done = await githubRuntime.upsertComment!(context(server.url), { repository: 'acme/web', pullRequest: 5, marker, body: 'plan' });
    expect(done).toBe('created');
    server.assertNoUnexpected();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/web/issues/5/comments', 'POST /repos/acme/web/issues/5/comments']);
    expect(server.requests[1]!.json).toEqual({ body: `${marker}\nplan` });
  });
});

describe('github runtime: testConnection', () => {
  it('warns about missing classic scopes: repo:status always, public_repo when ci.pr_comment is on', async () => {
    server = await startFakeServer({ routes: { 'GET /user': { headers: { 'x-oauth-scopes': 'read:org, gist' }, body: { login: 'octocat' } } } });
    const result = await githubRuntime.testConnection!(context(server.url, { ci: { pr_comment: true } }));
    expect(result.ok).toBe(true);
    expect(result.user).toBe('octocat');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('repo:status (commit statuses)');
    expect(result.warnings[0]).toContain('public_repo or repo (pull-request comments)');
    expect(result.warnings[0]).toContain('read:org, gist');
  });

  it('accepts repo (which implies repo:status and public_repo) and tokens without the scopes header', async () => {
    server = await startFakeServer({ routes: { 'GET /user': (req) => (req.n === 1 ? { headers: { 'x-oauth-scopes': 'repo' }, body: { login: 'a' } } : { body: { login: 'b' } }) } });
    expect((await githubRuntime.testConnection!(context(server.url, { ci: { pr_comment: true } }))).warnings).toEqual([]);
    expect((await githubRuntime.testConnection!(context(server.url))).warnings).toEqual([]);
  });

  it('warns when the token expires within 14 days', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().replace('T', ' ').slice(0, 19);
    server = await startFakeServer({ routes: { 'GET /user': { headers: { 'github-authentication-token-expiration': `${soon} UTC` }, body: { login: 'a' } } } });
    const result = await githubRuntime.testConnection!(context(server.url));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^the GitHub token expires on \d{4}-\d{2}-\d{2} \(in [23] day\(s\)\): renew it/);
  });

  it('reads the expiry header forms GitHub sends, and stays quiet beyond 14 days', () => {
    expect(parseTokenExpiration('2026-07-01 12:00:00 UTC')).toBe(Date.parse('2026-07-01T12:00:00Z'));
    expect(parseTokenExpiration('2026-07-01 12:00:00 +0200')).toBe(Date.parse('2026-07-01T10:00:00Z'));
    expect(parseTokenExpiration('soon')).toBeUndefined();
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(expiryWarning(Date.parse('2026-07-01T00:00:00Z'), now)).toBeUndefined();
    expect(expiryWarning(Date.parse('2026-05-01T00:00:00Z'), now)).toContain('expired on 2026-05-01');
  });

  it('fails on 401 with an authentication error that never shows the token', async () => {
    server = await startFakeServer({ routes: { 'GET /user': { status: 401, body: { message: `Bad credentials for ${TOKEN}` } } } });
    const error = (await githubRuntime.testConnection!(context(server.url)).catch((e: unknown) => e)) as Error & { kind?: string };
    expect(error.kind).toBe('authentication');
    expect(error.message).toContain('401');
    expect(error.message).not.toContain(TOKEN);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
