// Fake Bitbucket for the asset_source suites. The VendorFake is Bitbucket Cloud (API 2.0, shaped after Atlassian's published
// description); the operations also run against a Data Center variant (REST 1.0 and build-status 1.0, no description stored).
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { OperationsFake, OperationsVariant, OperationsWorld } from '../asset-source-operations.test.js';
import type { VendorFake } from '../vendor-fake.js';

const EMAIL = 'secwire-bot@acme.example';
const API_TOKEN = 'ATATT3xFfGF0-bitbucket-conformance-7f3e';
const DC_TOKEN = 'BBDC-MzQ1Njc4OTAxMjM0NTY3ODkwOtestconformance';
const WORKSPACE = 'acme';
const REPO = 'payments-service';
const DC_PROJECT = 'PAY';
const SITE = 'https://bitbucket.org';

/** What Bitbucket Cloud answers to a wrong email or API token. */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Basic realm="Bitbucket.org HTTP"' },
  body: { type: 'error', error: { message: 'Invalid credentials' } },
};

/** What Bitbucket Data Center answers to a wrong or expired HTTP access token. */
const dcUnauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json;charset=UTF-8' },
  body: { errors: [{ context: null, message: 'Authentication failed. Please check your credentials and try again.', exceptionName: 'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException' }] },
};

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${EMAIL}:${API_TOKEN}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? handler(req) : unauthorized);
}

function dcAuthed(handler: FakeHandler): FakeHandler {
  return async (req) => {
    if (req.headers.authorization !== `Bearer ${DC_TOKEN}`) return dcUnauthorized;
    const answer = await handler(req);
    return { ...answer, headers: { ...answer.headers, 'x-ausername': 'svc-secwire', 'x-auserid': '152' } };
  };
}

const ACCOUNT_ID = '712020:5b10ac8d-82e0-4b22-cc7d-4ef5a1b2c3d4';
const UUID = '{d301aafa-d676-4ee0-88be-962be7417567}';
const account = {
  type: 'user',
  uuid: UUID,
  account_id: ACCOUNT_ID,
  display_name: 'secwire bot',
  nickname: 'secwire-bot',
  links: { self: { href: `https://api.bitbucket.org/2.0/users/${encodeURIComponent(UUID)}` }, avatar: { href: 'https://avatar-management.services.atlassian.com/default/48' }, html: { href: `${SITE}/${encodeURIComponent(UUID)}/` } },
};

export const bitbucketFake: VendorFake = {
  type: 'bitbucket',
  probe: 'GET /2.0/user',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { file: 'bitbucket-cloud-swagger.v3.json' },
  spec: (url) => ({ auth: { deployment: 'cloud', base_url: url, email: EMAIL }, config: { workspace: WORKSPACE } }),
  routes: () => ({
    'GET /2.0/user': authed(() => ({
      body: { ...account, created_on: '2024-02-01T09:00:00.000000+00:00', account_status: 'active', has_2fa_enabled: null, is_staff: false, location: null },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Bitbucket Cloud (REST API 2.0)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire-bot') throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};

const PAGE = 2;
const PR = 9;
const SHA = 'e2c1d0a9b8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3';

function cloudWorld(): OperationsWorld {
  const statuses: { state: string; context: string }[] = [];
  const comments: { id: number; raw: string; deleted: boolean }[] = [
    { id: 501, raw: 'Looks good', deleted: false },
    { id: 502, raw: 'old <!-- secwire:gate --> (deleted)', deleted: true },
    { id: 503, raw: 'Needs a changelog entry', deleted: false },
  ];
  let nextId = 600;
  const repoOk = (req: FakeRequest) => req.params.workspace === WORKSPACE && req.params.repo_slug === REPO;
  const notFound: FakeResponse = { status: 404, body: { type: 'error', error: { message: 'Repository acme/unknown not found' } } };
  const link = (href: string) => ({ href });
  const comment = (c: { id: number; raw: string; deleted: boolean }) => ({
    type: 'pullrequest_comment',
    id: c.id,
    created_on: '2026-12-01T10:00:00.000000+00:00',
    updated_on: '2026-12-01T10:00:00.000000+00:00',
    content: { raw: c.raw, markup: 'markdown', html: `<p>${c.raw.replace(/</g, '&lt;')}</p>` },
    user: account,
    deleted: c.deleted,
    pending: false,
    links: { self: link(`https://api.bitbucket.org/2.0/repositories/${WORKSPACE}/${REPO}/pullrequests/${PR}/comments/${c.id}`), html: link(`${SITE}/${WORKSPACE}/${REPO}/pull-requests/${PR}/_/diff#comment-${c.id}`) },
    pullrequest: { type: 'pullrequest', id: PR, title: 'Add refunds', links: { self: link(`https://api.bitbucket.org/2.0/repositories/${WORKSPACE}/${REPO}/pullrequests/${PR}`) } },
  });
  const base = '/2.0/repositories/{workspace}/{repo_slug}';
  return {
    pageSize: PAGE,
    keys: {
      status: `POST ${base}/commit/{commit}/statuses/build`,
      list: `GET ${base}/pullrequests/{pull_request_id}/comments`,
      create: `POST ${base}/pullrequests/{pull_request_id}/comments`,
      update: `PUT ${base}/pullrequests/{pull_request_id}/comments/{comment_id}`,
    },
    statuses: () => statuses,
    comments: () => comments.filter((c) => !c.deleted).map((c) => ({ id: c.id, body: c.raw })),
    routes: {
      [`POST ${base}/commit/{commit}/statuses/build`]: authed((req) => {
        if (!repoOk(req)) return notFound;
        const body = req.json as { key: string; state: string; name?: string; description?: string; url: string };
        if (!body.url) return { status: 400, body: { type: 'error', error: { message: 'url: This field is required.', fields: { url: ['This field is required.'] } } } };
        statuses.push({ state: body.state, context: body.key });
        return {
          status: 201,
          body: {
            type: 'build',
            key: body.key,
            state: body.state,
            name: body.name,
            description: body.description,
            url: body.url,
            created_on: '2026-12-01T10:00:00.000000+00:00',
            updated_on: '2026-12-01T10:00:00.000000+00:00',
            links: { self: link(`https://api.bitbucket.org/2.0/repositories/${WORKSPACE}/${REPO}/commit/${req.params.commit}/statuses/build/${encodeURIComponent(body.key)}`), commit: link(`https://api.bitbucket.org/2.0/repositories/${WORKSPACE}/${REPO}/commit/${req.params.commit}`) },
          },
        };
      }),
      [`GET ${base}/pullrequests/{pull_request_id}/comments`]: authed((req) => {
        if (!repoOk(req) || req.params.pull_request_id !== String(PR)) return notFound;
        const page = Number(req.query.page ?? 1);
        const pagelen = PAGE; // Bitbucket may serve fewer than pagelen asks for; this fake serves two
        const values = comments.slice((page - 1) * pagelen, page * pagelen);
        const more = page * pagelen < comments.length;
        return {
          body: {
            pagelen,
            size: comments.length,
            page,
            values: values.map(comment),
            ...(more ? { next: `http://${req.headers.host}${req.path}?pagelen=${req.query.pagelen ?? 10}&page=${page + 1}` } : {}),
          },
        };
      }),
      [`POST ${base}/pullrequests/{pull_request_id}/comments`]: authed((req) => {
        if (!repoOk(req) || req.params.pull_request_id !== String(PR)) return notFound;
        const c = { id: nextId++, raw: (req.json as { content: { raw: string } }).content.raw, deleted: false };
        comments.push(c);
        return { status: 201, body: comment(c) };
      }),
      [`PUT ${base}/pullrequests/{pull_request_id}/comments/{comment_id}`]: authed((req) => {
        const c = comments.find((x) => String(x.id) === req.params.comment_id);
        if (!repoOk(req) || !c || c.deleted) return notFound;
        c.raw = (req.json as { content: { raw: string } }).content.raw;
        return { body: comment(c) };
      }),
    },
  };
}

function dcWorld(): OperationsWorld {
  const statuses: { state: string; context: string }[] = [];
  type Comment = { id: number; version: number; text: string };
  const activities: { id: number; action: string; comment?: Comment }[] = [
    { id: 1, action: 'OPENED' },
    { id: 2, action: 'COMMENTED', comment: { id: 71, version: 0, text: 'Please rebase' } },
    { id: 3, action: 'APPROVED' },
    { id: 4, action: 'COMMENTED', comment: { id: 72, version: 1, text: 'Rebased, thanks <!-- other-tool -->' } },
  ];
  let nextActivity = 10;
  let nextComment = 90;
  const repoOk = (req: FakeRequest) => req.params.projectKey === DC_PROJECT && req.params.repositorySlug === REPO;
  const notFound: FakeResponse = { status: 404, body: { errors: [{ context: null, message: 'Repository PAY/unknown does not exist.', exceptionName: 'com.atlassian.bitbucket.repository.NoSuchRepositoryException' }] } };
  const author = { name: 'svc-secwire', emailAddress: 'svc-secwire@acme.example', id: 152, displayName: 'secwire service', active: true, slug: 'svc-secwire', type: 'SERVICE' };
  const comment = (c: Comment) => ({ properties: {}, id: c.id, version: c.version, text: c.text, author, createdDate: 1764583200000, updatedDate: 1764583200000, comments: [], tasks: [], severity: 'NORMAL', state: 'OPEN', permittedOperations: { editable: true, deletable: true } });
  const base = '/rest/api/1.0/projects/{projectKey}/repos/{repositorySlug}/pull-requests/{pullRequestId}';
  return {
    pageSize: PAGE,
    keys: { status: 'POST /rest/build-status/1.0/commits/{commitId}', list: `GET ${base}/activities`, create: `POST ${base}/comments`, update: `PUT ${base}/comments/{commentId}` },
    statuses: () => statuses,
    comments: () => activities.flatMap((a) => (a.comment ? [{ id: a.comment.id, body: a.comment.text }] : [])),
    routes: {
      'GET /rest/api/1.0/application-properties': dcAuthed(() => ({ body: DC_PROPERTIES })),
      'POST /rest/build-status/1.0/commits/{commitId}': dcAuthed((req) => {
        const body = req.json as { key: string; state: string; url: string };
        if (!body.key || !body.url || !['SUCCESSFUL', 'FAILED', 'INPROGRESS'].includes(body.state)) {
          return { status: 400, body: { errors: [{ context: 'state', message: 'Invalid build status', exceptionName: null }] } };
        }
        statuses.push({ state: body.state, context: body.key });
        return { status: 204 };
      }),
      [`GET ${base}/activities`]: dcAuthed((req) => {
        if (!repoOk(req) || req.params.pullRequestId !== String(PR)) return notFound;
        // Newest first, as Bitbucket lists activities; two per page whatever limit asks for.
        const all = [...activities].reverse();
        const start = Number(req.query.start ?? 0);
        const values = all.slice(start, start + PAGE);
        const isLastPage = start + values.length >= all.length;
        return { body: { size: values.length, limit: Number(req.query.limit ?? 25), isLastPage, start, values, ...(isLastPage ? {} : { nextPageStart: start + values.length }) } };
      }),
      [`POST ${base}/comments`]: dcAuthed((req) => {
        if (!repoOk(req) || req.params.pullRequestId !== String(PR)) return notFound;
        const c: Comment = { id: nextComment++, version: 0, text: (req.json as { text: string }).text };
        activities.push({ id: nextActivity++, action: 'COMMENTED', comment: c });
        // The review goes on after the comment (a push, an approval): activities are listed newest first, so by the next
        // run the marked comment has moved past the first page.
        activities.push({ id: nextActivity++, action: 'RESCOPED' }, { id: nextActivity++, action: 'APPROVED' });
        return { status: 201, body: comment(c) };
      }),
      [`PUT ${base}/comments/{commentId}`]: dcAuthed((req) => {
        const c = activities.find((a) => a.comment && String(a.comment.id) === req.params.commentId)?.comment;
        if (!repoOk(req) || !c) return notFound;
        const body = req.json as { text: string; version: number };
        if (body.version !== c.version) {
          return { status: 409, body: { errors: [{ context: null, message: `You are attempting to modify a comment based on out-of-date information.`, exceptionName: 'com.atlassian.bitbucket.comment.CommentOutOfDateException' }] } };
        }
        c.text = body.text;
        c.version += 1;
        return { body: comment(c) };
      }),
    },
  };
}

const STATES = { success: 'SUCCESSFUL', pending: 'INPROGRESS', failure: 'FAILED', error: 'FAILED' } as const;

const dataCenter: OperationsVariant = {
  label: 'bitbucket (Data Center)',
  spec: (url) => ({ auth: { deployment: 'datacenter', base_url: url }, config: { project_key: DC_PROJECT } }),
  secrets: { 'auth.access_token': DC_TOKEN },
  repository: `${DC_PROJECT}/${REPO}`,
  pullRequest: PR,
  sha: SHA,
  states: STATES,
  testConnection: true,
  world: dcWorld,
};

const DC_PROPERTIES = { version: '9.4.2', buildNumber: '9004002', buildDate: '1732000000000', displayName: 'Bitbucket' };

/** Bitbucket Data Center: HTTP access token as Bearer; the version from application-properties, the user from X-AUSERNAME. */
export const bitbucketDataCenterFake: VendorFake = {
  type: 'bitbucket',
  variant: 'datacenter',
  probe: 'GET /rest/api/1.0/application-properties',
  authFailure: dcUnauthorized,
  secrets: { 'auth.access_token': DC_TOKEN },
  openapi: { none: 'no Bitbucket Data Center description is stored in shared/openapi/' },
  spec: (url) => ({ auth: { deployment: 'datacenter', base_url: url }, config: { project_key: DC_PROJECT } }),
  routes: () => ({ 'GET /rest/api/1.0/application-properties': dcAuthed(() => ({ body: DC_PROPERTIES })) }),
  expectResult(result) {
    if (result.vendor_version !== 'Bitbucket Data Center 9.4.2') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire') throw new Error(`user ${result.user}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};

export const bitbucketOperations: OperationsFake = {
  type: 'bitbucket',
  variants: [
    {
      label: 'bitbucket (Cloud)',
      // pagelen and page are Bitbucket's global paging parameters, which the description does not list per operation.
      openapi: { file: 'bitbucket-cloud-swagger.v3.json', extraQuery: ['pagelen', 'page'] },
      repository: `${WORKSPACE}/${REPO}`,
      pullRequest: PR,
      sha: SHA,
      states: STATES,
      world: cloudWorld,
    },
    dataCenter,
  ],
};
