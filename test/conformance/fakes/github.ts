// Fake GitHub Enterprise Server (REST under /api/v3) for the asset_source suites, shaped after the published description
// (Octokit's build of it): the authenticated user, commit statuses, and issue comments of a pull request paged with Link.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { OperationsFake, OperationsWorld } from '../asset-source-operations.test.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'ghp_secwireConformance0000000000000000aZ';
const OWNER = 'acme';
const REPO = 'payments-service';
const API = '/api/v3';
const WEB = 'https://github.acme.example';

const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/enterprise-server@3.14/rest', status: '401' },
};

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? handler(req) : unauthorized);
}

const user = (login: string, id: number) => ({
  login,
  id,
  node_id: `MDQ6VXNlcj${id}`,
  avatar_url: `${WEB}/avatars/u/${id}`,
  gravatar_id: '',
  url: `${WEB}${API}/users/${login}`,
  html_url: `${WEB}/${login}`,
  followers_url: `${WEB}${API}/users/${login}/followers`,
  following_url: `${WEB}${API}/users/${login}/following{/other_user}`,
  gists_url: `${WEB}${API}/users/${login}/gists{/gist_id}`,
  starred_url: `${WEB}${API}/users/${login}/starred{/owner}{/repo}`,
  subscriptions_url: `${WEB}${API}/users/${login}/subscriptions`,
  organizations_url: `${WEB}${API}/users/${login}/orgs`,
  repos_url: `${WEB}${API}/users/${login}/repos`,
  events_url: `${WEB}${API}/users/${login}/events{/privacy}`,
  received_events_url: `${WEB}${API}/users/${login}/received_events`,
  type: 'User',
  site_admin: false,
});

const BOT = user('secwire-bot', 4242);

const privateUser = {
  ...BOT,
  name: 'secwire bot',
  company: null,
  blog: '',
  location: null,
  email: null,
  hireable: null,
  bio: null,
  public_repos: 0,
  public_gists: 0,
  followers: 0,
  following: 0,
  created_at: '2024-03-01T09:00:00Z',
  updated_at: '2026-11-20T09:00:00Z',
  private_gists: 0,
  total_private_repos: 0,
  owned_private_repos: 0,
  disk_usage: 0,
  collaborators: 0,
  two_factor_authentication: true,
};

export const githubFake: VendorFake = {
  type: 'github',
  probe: `GET ${API}/user`,
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { file: 'github-api.github.com.octokit.json', prefixes: [API] },
  spec: (url) => ({ auth: { api_url: `${url}${API}` }, config: { owner: OWNER } }),
  routes: () => ({
    [`GET ${API}/user`]: authed(() => ({
      headers: { 'x-oauth-scopes': 'repo, read:org', 'x-github-enterprise-version': '3.14.2', 'x-github-media-type': 'github.v3; format=json' },
      body: privateUser,
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'GitHub Enterprise Server 3.14.2') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire-bot') throw new Error(`user ${result.user}`);
  },
};

const PAGE = 2;
const PR = 17;
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

function world(): OperationsWorld {
  const statuses: { state: string; context: string }[] = [];
  const comments: { id: number; body: string }[] = [1, 2, 3].map((i) => ({ id: 900 + i, body: i === 2 ? 'LGTM <!-- some-other-bot -->' : `review note ${i}` }));
  let nextId = 1000;
  const repoBase = `${API}/repos/{owner}/{repo}`;
  const ok = (req: FakeRequest) => req.params.owner === OWNER && req.params.repo === REPO;
  const notFound: FakeResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
  const issueComment = (c: { id: number; body: string }) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${WEB}${API}/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
    html_url: `${WEB}/${OWNER}/${REPO}/pull/${PR}#issuecomment-${c.id}`,
    issue_url: `${WEB}${API}/repos/${OWNER}/${REPO}/issues/${PR}`,
    body: c.body,
    user: BOT,
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    author_association: 'MEMBER',
  });
  return {
    pageSize: PAGE,
    keys: {
      status: `POST ${repoBase}/statuses/{sha}`,
      list: `GET ${repoBase}/issues/{issue_number}/comments`,
      create: `POST ${repoBase}/issues/{issue_number}/comments`,
      update: `PATCH ${repoBase}/issues/comments/{comment_id}`,
    },
    statuses: () => statuses,
    comments: () => comments,
    routes: {
      [`POST ${repoBase}/statuses/{sha}`]: authed((req) => {
        if (!ok(req)) return notFound;
        const body = req.json as { state: string; context: string; description?: string; target_url?: string };
        statuses.push({ state: body.state, context: body.context });
        return {
          status: 201,
          body: {
            url: `${WEB}${API}/repos/${OWNER}/${REPO}/statuses/${req.params.sha}`,
            avatar_url: null,
            id: statuses.length,
            node_id: `SC_${statuses.length}`,
            state: body.state,
            description: body.description ?? null,
            target_url: body.target_url ?? null,
            context: body.context,
            created_at: '2026-12-01T10:00:00Z',
            updated_at: '2026-12-01T10:00:00Z',
            creator: BOT,
          },
        };
      }),
      [`GET ${repoBase}/issues/{issue_number}/comments`]: authed((req) => {
        if (!ok(req) || req.params.issue_number !== String(PR)) return notFound;
        // GitHub honours per_page up to 100; this fake serves two per page so every walk crosses pages.
        const page = Number(req.query.page ?? 1);
        const slice = comments.slice((page - 1) * PAGE, page * PAGE);
        const last = Math.max(1, Math.ceil(comments.length / PAGE));
        const link = (p: number) => `<http://${req.headers.host}${req.path}?per_page=${req.query.per_page ?? 30}&page=${p}>`;
        const links = page < last ? `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` : undefined;
        return { headers: links ? { link: links } : {}, body: slice.map(issueComment) };
      }),
      [`POST ${repoBase}/issues/{issue_number}/comments`]: authed((req) => {
        if (!ok(req) || req.params.issue_number !== String(PR)) return notFound;
        const c = { id: nextId++, body: (req.json as { body: string }).body };
        comments.push(c);
        return { status: 201, body: issueComment(c) };
      }),
      [`PATCH ${repoBase}/issues/comments/{comment_id}`]: authed((req) => {
        const c = comments.find((x) => String(x.id) === req.params.comment_id);
        if (!ok(req) || !c) return notFound;
        c.body = (req.json as { body: string }).body;
        return { body: issueComment(c) };
      }),
    },
  };
}

export const githubOperations: OperationsFake = {
  type: 'github',
  variants: [
    {
      label: 'github (GHES)',
      openapi: { file: 'github-api.github.com.octokit.json', prefixes: [API] },
      repository: `${OWNER}/${REPO}`,
      pullRequest: PR,
      sha: SHA,
      states: { success: 'success', pending: 'pending', failure: 'failure', error: 'error' },
      world,
    },
  ],
};
