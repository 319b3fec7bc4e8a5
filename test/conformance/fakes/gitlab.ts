// Fake GitLab (REST v4) for the asset_source suites: version, user, token self, commit statuses, merge request notes
// paged with Link and x-next-page as GitLab sends them. No published description is stored (see readme).
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { OperationsFake, OperationsWorld } from '../asset-source-operations.test.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'glpat-secwireConformance00Zq';
const PROJECT = 'acme/payments-service';
const PROJECT_ID = '4711';

/**
 * What GitLab answers to a missing or unknown token: `unauthorized!` in gitlabhq/gitlabhq lib/api/helpers.rb.
 * An expired or revoked token gets an OAuth-style 401 instead (see the gitlab runtime test).
 */
const unauthorized: FakeResponse = { status: 401, headers: { 'content-type': 'application/json' }, body: { message: '401 Unauthorized' } };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers['private-token'] === TOKEN ? handler(req) : unauthorized);
}

const BOT = { id: 31, username: 'secwire-bot', name: 'secwire bot', state: 'active', locked: false, avatar_url: null, web_url: 'https://gitlab.acme.example/secwire-bot' };

export const gitlabFake: VendorFake = {
  type: 'gitlab',
  probe: 'GET /api/v4/user',
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { none: 'GitLab publishes a partial OpenAPI v2 inside gitlab-org/gitlab, a repository over the snapshot limit; not stored in shared/openapi' },
  spec: (url) => ({ auth: { base_url: url }, config: { group: 'acme' } }),
  routes: () => ({
    'GET /api/v4/user': authed(() => ({
      body: { ...BOT, bot: false, created_at: '2024-01-10T09:00:00.000Z', is_admin: false, email: 'secwire-bot@acme.example', two_factor_enabled: true },
    })),
    // /version answers the metadata query (gitlabhq/gitlabhq lib/api/metadata.rb, doc/api/metadata.md).
    'GET /api/v4/version': authed(() => ({
      body: { version: '17.6.1-ee', revision: '9d1f3f6b1d2', kas: { enabled: true, externalUrl: 'wss://gitlab.acme.example/-/kubernetes-agent/', version: '17.6.1' }, enterprise: true },
    })),
    // Fields as in doc/api/personal_access_tokens.md; expires_at is a date.
    'GET /api/v4/personal_access_tokens/self': authed(() => ({
      body: { id: 88, name: 'secwire', revoked: false, created_at: '2026-06-01T09:00:00.000Z', description: 'secwire hub', scopes: ['api'], user_id: 31, last_used_at: null, active: true, expires_at: '2027-05-31' },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'GitLab EE 17.6.1-ee') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire-bot') throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};

const PAGE = 2;
const MR = 12;
const SHA = 'b83d6e391c22777fca1ed3012fce84f633d7fed0';
const GITLAB_STATE: Record<string, string> = { pending: 'pending', running: 'running', success: 'success', failed: 'failed', canceled: 'canceled' };
/** The state-machine event lib/api/commit_statuses.rb fires for each requested state (it names the event in its 400). */
const GITLAB_EVENT: Record<string, string> = { pending: 'enqueue', running: 'run', success: 'success', failed: 'drop', canceled: 'cancel' };

function world(): OperationsWorld {
  const statuses: { state: string; context: string }[] = [];
  const notes: { id: number; body: string; system: boolean }[] = [
    { id: 301, body: 'approved this merge request', system: true },
    { id: 302, body: 'Please add a test <!-- other-tool -->', system: false },
    { id: 303, body: 'added 2 commits', system: true },
  ];
  let nextId = 400;
  const project = (req: FakeRequest) => req.params.id === PROJECT || req.params.id === PROJECT_ID;
  const notFound = (what: string): FakeResponse => ({ status: 404, body: { message: `404 ${what} Not Found` } });
  const note = (n: { id: number; body: string; system: boolean }) => ({
    id: n.id,
    type: null,
    body: n.body,
    author: BOT,
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    system: n.system,
    noteable_id: 9012,
    noteable_type: 'MergeRequest',
    noteable_iid: MR,
    project_id: Number(PROJECT_ID),
    resolvable: false,
    confidential: false,
    internal: false,
  });
  const base = '/api/v4/projects/{id}';
  return {
    pageSize: PAGE,
    keys: {
      status: `POST ${base}/statuses/{sha}`,
      list: `GET ${base}/merge_requests/{iid}/notes`,
      create: `POST ${base}/merge_requests/{iid}/notes`,
      update: `PUT ${base}/merge_requests/{iid}/notes/{note_id}`,
    },
    statuses: () => statuses,
    comments: () => notes.map(({ id, body }) => ({ id, body })),
    routes: {
      [`POST ${base}/statuses/{sha}`]: authed((req) => {
        if (!project(req)) return notFound('Project');
        const body = req.json as { state: string; name?: string; description?: string; target_url?: string };
        if (!GITLAB_STATE[body.state]) return { status: 400, body: { error: 'state does not have a valid value' } };
        // GitLab refuses a transition to the state the status already has: lib/api/commit_statuses.rb renders the
        // StateMachines::InvalidTransition message with 400.
        const last = [...statuses].reverse().find((s) => s.context === (body.name ?? 'default'));
        if (last && last.state === body.state) return { status: 400, body: { message: `Cannot transition status via :${GITLAB_EVENT[body.state]} from :${body.state}` } };
        statuses.push({ state: body.state, context: body.name ?? 'default' });
        return {
          status: 201,
          body: { id: statuses.length, sha: req.params.sha, ref: 'feature/x', status: body.state, name: body.name ?? 'default', target_url: body.target_url ?? null, description: body.description ?? null, created_at: '2026-12-01T10:00:00.000Z', started_at: null, finished_at: null, allow_failure: false, coverage: null, author: BOT },
        };
      }),
      [`GET ${base}/merge_requests/{iid}/notes`]: authed((req) => {
        if (!project(req) || req.params.iid !== String(MR)) return notFound('Merge Request');
        const page = Number(req.query.page ?? 1);
        const slice = notes.slice((page - 1) * PAGE, page * PAGE);
        const pages = Math.max(1, Math.ceil(notes.length / PAGE));
        const url = (p: number) => `<http://${req.headers.host}${req.path}?order_by=created_at&page=${p}&per_page=${req.query.per_page ?? 20}&sort=asc>`;
        const link = [page < pages ? `${url(page + 1)}; rel="next"` : '', `${url(1)}; rel="first"`, `${url(pages)}; rel="last"`].filter(Boolean).join(', ');
        return {
          headers: { link, 'x-page': String(page), 'x-per-page': String(PAGE), 'x-next-page': page < pages ? String(page + 1) : '', 'x-total': String(notes.length), 'x-total-pages': String(pages) },
          body: slice.map(note),
        };
      }),
      [`POST ${base}/merge_requests/{iid}/notes`]: authed((req) => {
        if (!project(req) || req.params.iid !== String(MR)) return notFound('Merge Request');
        const n = { id: nextId++, body: (req.json as { body: string }).body, system: false };
        notes.push(n);
        return { status: 201, body: note(n) };
      }),
      [`PUT ${base}/merge_requests/{iid}/notes/{note_id}`]: authed((req) => {
        const n = notes.find((x) => String(x.id) === req.params.note_id);
        if (!project(req) || !n || n.system) return notFound('Note');
        n.body = (req.json as { body: string }).body;
        return { body: note(n) };
      }),
    },
  };
}

export const gitlabOperations: OperationsFake = {
  type: 'gitlab',
  variants: [
    {
      label: 'gitlab',
      repository: PROJECT,
      pullRequest: MR,
      sha: SHA,
      // error becomes failed too. Ordered so no state repeats the one before (GitLab refuses a repeat with 400).
      states: { failure: 'failed', success: 'success', error: 'failed', pending: 'pending' },
      world,
    },
  ],
};
