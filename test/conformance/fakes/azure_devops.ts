// Fake Azure DevOps Services organization for the asset_source suites, shaped after Microsoft's published specs
// (core for projects, git for pull-request queries, statuses and threads). Lists come as { count, value } as on the wire.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { OperationsFake, OperationsWorld } from '../asset-source-operations.test.js';
import type { VendorFake } from '../vendor-fake.js';

const PAT = 'secwireconformancepat0000000000000000000000000000000q';
const ORG = 'acme';
const PROJECT = 'Payments';
const PROJECT_ID = '6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c';
const REPO = 'payments-service';
const USER_ID = '9b6f3c5a-4d1e-4bb4-8a3c-2f7d1a0e5c11';
const USER = 'secwire-bot@acme.example';

/** What Azure DevOps answers to a wrong or expired PAT (with X-TFS-FedAuthRedirect: Suppress). */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Basic realm="https://dev.azure.com/"', 'x-tfs-serviceerror': 'TF400813' },
  body: {
    $id: '1',
    innerException: null,
    message: "TF400813: The user '' is not authorized to access this resource.",
    typeName: 'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server',
    typeKey: 'UnauthorizedRequestException',
    errorCode: 0,
    eventId: 3000,
  },
};

const signInPage: FakeResponse = { status: 203, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><title>Azure DevOps Services | Sign In</title></head></html>' };

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`:${PAT}`).toString('base64')}`;
  return (req) => {
    // Without X-TFS-FedAuthRedirect: Suppress, a refused PAT gets a 203 sign-in page instead of the 401.
    if (req.headers.authorization !== expected) return req.headers['x-tfs-fedauthredirect'] === 'Suppress' ? unauthorized : signInPage;
    if (!req.query['api-version']) return { status: 400, body: { message: 'VS800075: The project name is missing or api-version is required.', typeKey: 'VssVersionNotSpecifiedException' } };
    return handler(req);
  };
}

/** The project as a TeamProjectReference (the listing's items; the single-project answer adds links and the team). */
const PROJECT_REFERENCE = {
  id: PROJECT_ID,
  name: PROJECT,
  description: 'Payments services',
  url: `https://dev.azure.com/${ORG}/_apis/projects/${PROJECT_ID}`,
  state: 'wellFormed',
  revision: 411,
  visibility: 'private',
  lastUpdateTime: '2026-10-01T08:00:00.000Z',
};

const withUser = (response: FakeResponse): FakeResponse => ({ ...response, headers: { ...response.headers, 'x-vss-userdata': `${USER_ID}:${USER}`, 'x-tfs-processid': '0b2c1e5e-7d0f-4d7a-9b3c-6a1f4c2e8d90' } });

export const azureDevopsFake: VendorFake = {
  type: 'azure_devops',
  probe: `GET /${ORG}/_apis/projects/{projectId}`,
  authFailure: unauthorized,
  secrets: { 'auth.pat': PAT },
  openapi: { file: 'azure-devops-core-core.json' },
  spec: (url) => ({ auth: { organization_url: `${url}/${ORG}` }, config: { project: PROJECT } }),
  routes: () => ({
    [`GET /${ORG}/_apis/projects/{projectId}`]: authed((req) =>
      req.params.projectId !== PROJECT && req.params.projectId !== PROJECT_ID
        ? { status: 404, body: { message: `TF200016: The following project does not exist: ${req.params.projectId}.`, typeKey: 'ProjectDoesNotExistWithNameException' } }
        : withUser({
            body: {
              ...PROJECT_REFERENCE,
              _links: { self: { href: `https://dev.azure.com/${ORG}/_apis/projects/${PROJECT_ID}` } },
              defaultTeam: { id: 'f1e2d3c4-b5a6-4789-8abc-def012345678', name: `${PROJECT} Team`, url: `https://dev.azure.com/${ORG}/_apis/projects/${PROJECT_ID}/teams/f1e2d3c4-b5a6-4789-8abc-def012345678` },
            },
          }),
    ),
  }),
  expectResult(result) {
    if (result.user !== USER) throw new Error(`user ${result.user}`);
    if (!result.vendor_version?.startsWith('Azure DevOps Server')) throw new Error(`vendor_version ${result.vendor_version}`);
  },
};

/** Without a configured project the test lists the organization's first project (`$top=1`), which proves the PAT too. */
export const azureDevopsOrganizationFake: VendorFake = {
  ...azureDevopsFake,
  variant: 'no project',
  probe: `GET /${ORG}/_apis/projects`,
  openapi: { file: 'azure-devops-core-core.json', listEnvelope: 'value' },
  spec: (url) => ({ auth: { organization_url: `${url}/${ORG}/` }, config: {} }),
  routes: () => ({
    [`GET /${ORG}/_apis/projects`]: authed((req) =>
      req.query.$top !== '1'
        ? { status: 400, body: { message: 'the test expects the first project only ($top=1)' } }
        : withUser({
            body: {
              count: 1,
              value: [PROJECT_REFERENCE],
            },
          }),
    ),
  }),
};

const PR = 31;
const MERGE_SHA = '8d3e5a2b9c1f4e7a6b0d2c8f5e1a9b3c7d4f6e20';
const identity = { id: USER_ID, displayName: 'secwire bot', uniqueName: USER, url: `https://vssps.dev.azure.com/${ORG}/_apis/Identities/${USER_ID}`, imageUrl: '' };

function world(): OperationsWorld {
  const statuses: { state: string; context: string }[] = [];
  type Thread = { id: number; comments: { id: number; content: string }[] };
  const threads: Thread[] = [
    { id: 101, comments: [{ id: 1, content: 'Policy: 1 reviewer required' }, { id: 2, content: 'done' }] },
    { id: 102, comments: [{ id: 1, content: 'Why this change? <!-- other-tool -->' }] },
  ];
  let nextThread = 200;
  const repoOk = (req: FakeRequest) => (req.params.project === PROJECT || req.params.project === PROJECT_ID) && req.params.repositoryId === REPO;
  const notFound: FakeResponse = { status: 404, body: { message: 'TF401019: The Git repository with name or identifier does not exist or you do not have permissions.', typeKey: 'GitRepositoryNotFoundException' } };
  const comment = (c: { id: number; content: string }) => ({
    id: c.id,
    parentCommentId: 0,
    author: identity,
    content: c.content,
    publishedDate: '2026-12-01T10:00:00.000Z',
    lastUpdatedDate: '2026-12-01T10:00:00.000Z',
    lastContentUpdatedDate: '2026-12-01T10:00:00.000Z',
    commentType: 'text',
    usersLiked: [],
  });
  const thread = (t: Thread) => ({
    id: t.id,
    publishedDate: '2026-12-01T10:00:00.000Z',
    lastUpdatedDate: '2026-12-01T10:00:00.000Z',
    comments: t.comments.map(comment),
    status: 'active',
    properties: {},
    isDeleted: false,
    _links: {},
  });
  const status = (body: { state: string; description?: string; context: { name: string; genre?: string }; targetUrl?: string }, id: number) => ({
    id,
    state: body.state,
    description: body.description,
    context: body.context,
    ...(body.targetUrl ? { targetUrl: body.targetUrl } : {}),
    creationDate: '2026-12-01T10:00:00.000Z',
    updatedDate: '2026-12-01T10:00:00.000Z',
    createdBy: identity,
  });
  const base = `/${ORG}/{project}/_apis/git/repositories/{repositoryId}`;
  const record = (req: FakeRequest) => {
    const body = req.json as { state: string; context: { name: string; genre?: string } };
    statuses.push({ state: body.state, context: `${body.context.genre ?? ''}/${body.context.name}` });
    // The description documents 200 for both status creations.
    return { body: status(req.json as never, statuses.length) };
  };
  return {
    keys: {
      status: `POST ${base}/pullRequests/{pullRequestId}/statuses`,
      list: `GET ${base}/pullRequests/{pullRequestId}/threads`,
      create: `POST ${base}/pullRequests/{pullRequestId}/threads`,
      update: `PATCH ${base}/pullRequests/{pullRequestId}/threads/{threadId}/comments/{commentId}`,
    },
    statuses: () => statuses,
    comments: () => threads.flatMap((t) => t.comments.map((c) => ({ id: `${t.id}/${c.id}`, body: c.content }))),
    routes: {
      [`POST ${base}/pullrequestquery`]: authed((req) => {
        if (!repoOk(req)) return notFound;
        const query = req.json as { queries: { type: string; items: string[] }[] };
        const results = query.queries.map((q) =>
          Object.fromEntries(
            q.items.map((sha) => [
              sha,
              q.type === 'lastMergeCommit' && sha === MERGE_SHA
                ? [{ pullRequestId: PR, status: 'active', title: 'Add refunds', sourceRefName: 'refs/heads/feature/refunds', targetRefName: 'refs/heads/main', lastMergeCommit: { commitId: MERGE_SHA }, createdBy: identity }]
                : [],
            ]),
          ),
        );
        return { body: { queries: query.queries, results } };
      }),
      [`POST ${base}/pullRequests/{pullRequestId}/statuses`]: authed((req) => (repoOk(req) && req.params.pullRequestId === String(PR) ? record(req) : notFound)),
      [`POST ${base}/commits/{commitId}/statuses`]: authed((req) => (repoOk(req) ? record(req) : notFound)),
      [`GET ${base}/pullRequests/{pullRequestId}/threads`]: authed((req) =>
        repoOk(req) && req.params.pullRequestId === String(PR) ? { body: { value: threads.map(thread), count: threads.length } } : notFound,
      ),
      [`POST ${base}/pullRequests/{pullRequestId}/threads`]: authed((req) => {
        if (!repoOk(req) || req.params.pullRequestId !== String(PR)) return notFound;
        const body = req.json as { comments: { content: string }[] };
        const t: Thread = { id: nextThread++, comments: body.comments.map((c, i) => ({ id: i + 1, content: c.content })) };
        threads.push(t);
        return { body: thread(t) };
      }),
      [`PATCH ${base}/pullRequests/{pullRequestId}/threads/{threadId}/comments/{commentId}`]: authed((req) => {
        const c = threads.find((t) => String(t.id) === req.params.threadId)?.comments.find((x) => String(x.id) === req.params.commentId);
        if (!repoOk(req) || !c) return notFound;
        c.content = (req.json as { content: string }).content;
        return { body: comment(c) };
      }),
    },
  };
}

export const azureDevopsOperations: OperationsFake = {
  type: 'azure_devops',
  variants: [
    {
      label: 'azure_devops',
      openapi: { file: 'azure-devops-git-git.json', listEnvelope: 'value' },
      repository: `${PROJECT}/${REPO}`,
      pullRequest: PR,
      sha: MERGE_SHA,
      states: { success: 'succeeded', pending: 'pending', failure: 'failed', error: 'error' },
      world,
    },
  ],
};
