// Fake Jira Cloud (REST v3) for the itsm conformance suite: shaped after Atlassian's published v3 description.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const EMAIL = 'secwire-bot@example.net';
const API_TOKEN = 'ATATT3xFfGF0-jira-conformance-token-9c1d';
const SITE = 'https://acme-test.atlassian.net';

/** What Jira Cloud answers to a wrong email or API token. */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json;charset=UTF-8', 'www-authenticate': 'Basic realm="protected-area"' },
  body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} },
};

/** Answers only requests carrying the integration's Basic credentials, as Jira does. */
function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${EMAIL}:${API_TOKEN}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? handler(req) : unauthorized);
}

const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'].map((name, i) => ({
  id: String(i + 1),
  name,
  self: `${SITE}/rest/api/3/priority/${i + 1}`,
  iconUrl: `${SITE}/images/icons/priorities/${name.toLowerCase()}.svg`,
  statusColor: '#cc0000',
  description: `${name} priority`,
  isDefault: name === 'Medium',
}));

const status = (id: string, name: string, category: [number, string, string]) => ({
  id,
  name,
  self: `${SITE}/rest/api/3/status/${id}`,
  description: '',
  iconUrl: `${SITE}/images/icons/statuses/generic.png`,
  statusCategory: { id: category[0], key: category[1], colorName: category[2], name: category[1], self: `${SITE}/rest/api/3/statuscategory/${category[0]}` },
});
const TODO: [number, string, string] = [2, 'new', 'blue-gray'];
const DOING: [number, string, string] = [4, 'indeterminate', 'yellow'];
const DONE: [number, string, string] = [3, 'done', 'green'];

const ISSUE_TYPES = [
  { id: '10001', name: 'Bug', description: 'A problem which impairs or prevents the functions of the product.', subtask: false, hierarchyLevel: 0 },
  { id: '10002', name: 'Task', description: 'A task that needs to be done.', subtask: false, hierarchyLevel: 0 },
].map((t) => ({ ...t, self: `${SITE}/rest/api/3/issuetype/${t.id}`, iconUrl: `${SITE}/images/icons/issuetypes/${t.name.toLowerCase()}.svg` }));

const field = (fieldId: string, name: string, required: boolean, type: string, extra: Record<string, unknown> = {}) => ({
  fieldId,
  key: fieldId,
  name,
  required,
  hasDefaultValue: false,
  operations: ['set'],
  schema: { type, ...(fieldId.startsWith('customfield_') ? { custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: Number(fieldId.slice(12)) } : { system: fieldId }) },
  ...extra,
});
const FIELDS = [
  field('summary', 'Summary', true, 'string'),
  field('issuetype', 'Issue Type', true, 'issuetype'),
  field('project', 'Project', true, 'project'),
  field('priority', 'Priority', false, 'priority'),
  field('labels', 'Labels', false, 'array'),
  field('customfield_10020', 'Team', true, 'option', { allowedValues: [{ id: '10100', value: 'AppSec' }, { id: '10101', value: 'Platform' }] }),
];

/** Jira's startAt/maxResults paging over a list; `isLast` only where the endpoint has it. */
function page<T>(req: FakeRequest, items: readonly T[], key: string, withIsLast: boolean) {
  const startAt = Number(req.query.startAt ?? 0);
  const maxResults = Math.min(Number(req.query.maxResults ?? 50), 50);
  // Two items per page at most, so every client walks more than one page.
  const slice = items.slice(startAt, startAt + Math.min(maxResults, 2));
  return {
    body: {
      ...(withIsLast ? { isLast: startAt + slice.length >= items.length, self: `${SITE}/rest/api/3/priority/search?startAt=${startAt}` } : {}),
      maxResults,
      startAt,
      total: items.length,
      [key]: slice,
    },
  };
}

export const jiraFake: VendorFake = {
  type: 'jira',
  probe: 'GET /rest/api/3/myself',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { file: 'jira-cloud-platform-swagger-v3.v3.json' },
  spec: (url) => ({
    auth: { deployment: 'cloud', base_url: url, email: EMAIL },
    config: { project_key: 'SEC', issue_type: 'Bug' },
    ticketing: {
      mappings: {
        priority: { critical: 'Highest', high: 'High', medium: 'Medium', low: 'Low', info: 'Lowest' },
        status: { open: 'To Do', in_progress: 'In Progress', resolved: 'Done' },
      },
      defaults: { Team: 'AppSec' },
    },
  }),
  routes: () => ({
    'GET /rest/api/3/myself': authed(() => ({
      body: {
        accountId: '5b10ac8d82e05b22cc7d4ef5',
        accountType: 'atlassian',
        active: true,
        displayName: 'secwire bot',
        emailAddress: EMAIL,
        self: `${SITE}/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5`,
        timeZone: 'Europe/Berlin',
        locale: 'en_US',
      },
    })),
    'GET /rest/api/3/serverInfo': authed(() => ({
      body: {
        baseUrl: SITE,
        buildDate: '2025-12-01T02:32:13.000+0000',
        buildNumber: 100277,
        deploymentType: 'Cloud',
        scmInfo: '57a0ca5b4a0bb0ac5f3fee4764acb1c14e4d7e71',
        serverTime: '2026-01-15T10:00:00.000+0000',
        serverTitle: 'Jira',
        version: '1001.0.0-SNAPSHOT',
        versionNumbers: [1001, 0, 0],
      },
    })),
    'GET /rest/api/3/priority/search': authed((req) => page(req, PRIORITIES, 'values', true)),
    'GET /rest/api/3/project/{projectIdOrKey}/statuses': authed((req) =>
      req.params.projectIdOrKey !== 'SEC'
        ? { status: 404, body: { errorMessages: ['No project could be found with key \'' + req.params.projectIdOrKey + '\'.'], errors: {} } }
        : {
            body: [
              { id: '10001', name: 'Bug', self: `${SITE}/rest/api/3/issueType/10001`, subtask: false, statuses: [status('10000', 'To Do', TODO), status('3', 'In Progress', DOING), status('10001', 'Done', DONE)] },
              { id: '10002', name: 'Task', self: `${SITE}/rest/api/3/issueType/10002`, subtask: false, statuses: [status('10000', 'To Do', TODO), status('10002', 'Closed', DONE)] },
            ],
          },
    ),
    'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': authed((req) =>
      req.params.projectIdOrKey !== 'SEC' ? { status: 404, body: { errorMessages: ['Project not found'], errors: {} } } : page(req, ISSUE_TYPES, 'issueTypes', false),
    ),
    'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}': authed((req) =>
      req.params.issueTypeId === '10001' ? page(req, FIELDS, 'fields', false) : { status: 404, body: { errorMessages: ['Issue type not found'], errors: {} } },
    ),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Jira Cloud 1001.0.0-SNAPSHOT') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== EMAIL) throw new Error(`user ${result.user}`);
  },
  badMappings: {
    spec: (url) => ({
      auth: { deployment: 'cloud', base_url: url, email: EMAIL },
      config: { project_key: 'SEC', issue_type: 'Bug' },
      ticketing: {
        mappings: { priority: { critical: 'Blocker', high: 'High' }, status: { open: 'To Do', resolved: 'Closed' } },
        defaults: { Team: 'Security' },
      },
    }),
    expected: [
      { path: 'spec.ticketing.mappings.priority.critical', value: 'Blocker', valid: ['Highest', 'High', 'Medium', 'Low', 'Lowest'] },
      // Closed exists in the project, but only in the Task workflow: not reachable for Bug.
      { path: 'spec.ticketing.mappings.status.resolved', value: 'Closed', valid: ['To Do', 'In Progress', 'Done'] },
      { path: 'spec.ticketing.defaults.Team', value: 'Security', valid: ['AppSec', 'Platform'] },
    ],
  },
};

const PAT = 'NjM4OTk2NzA1NzQ0OpDC-conformance-pat-41c2';
const DC_SITE = 'https://jira.acme.example/jira';

/**
 * What Jira Data Center answers to a refused personal access token: its HTML "Unauthorized (401)" page with
 * X-Seraph-LoginReason AUTHENTICATED_FAILED (as quoted from live instances in pycontribs/jira#1627 and bugwarrior#689).
 */
const dcUnauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'text/html;charset=UTF-8', 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
  body: '<html><head><title>Unauthorized (401)</title></head><body id="jira"><h1>Unauthorized (401)</h1><p>Encountered a <code>&quot;401 - Unauthorized&quot;</code> error while loading this page.</p></body></html>',
};

function bearer(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${PAT}` ? handler(req) : dcUnauthorized);
}

/** DC pages createmeta as `values` with isLast; two per page so the client walks the pages. */
function dcPage<T>(req: FakeRequest, items: readonly T[]) {
  const startAt = Number(req.query.startAt ?? 0);
  const slice = items.slice(startAt, startAt + 2);
  return { body: { startAt, maxResults: 2, total: items.length, isLast: startAt + slice.length >= items.length, values: slice } };
}

/** Jira Data Center 10 (REST v2 under a context path, PAT as Bearer). */
export const jiraDataCenterFake: VendorFake = {
  type: 'jira',
  variant: 'datacenter',
  probe: 'GET /jira/rest/api/2/myself',
  authFailure: dcUnauthorized,
  secrets: { 'auth.pat': PAT },
  openapi: { none: 'no Jira Data Center description is stored in shared/openapi/' },
  spec: (url) => ({ ...jiraFake.spec(url), auth: { deployment: 'datacenter', base_url: `${url}/jira` } }),
  routes: () => ({
    'GET /jira/rest/api/2/myself': bearer(() => ({
      body: { self: `${DC_SITE}/rest/api/2/user?username=svc-secwire`, key: 'JIRAUSER10100', name: 'svc-secwire', emailAddress: EMAIL, displayName: 'secwire bot', active: true, timeZone: 'Europe/Berlin', locale: 'en_US' },
    })),
    'GET /jira/rest/api/2/serverInfo': bearer(() => ({
      body: { baseUrl: DC_SITE, version: '10.3.1', versionNumbers: [10, 3, 1], deploymentType: 'Server', buildNumber: 10030001, buildDate: '2025-01-14T00:00:00.000+0000', serverTime: '2026-12-04T10:00:00.000+0000', scmInfo: 'c6d8ab1d1bd1e3a7e3b6b1c5e6d4f0a9b2c3d4e5', serverTitle: 'Acme Jira' },
    })),
    'GET /jira/rest/api/2/priority': bearer(() => ({ body: PRIORITIES.map((p) => ({ ...p, self: p.self.replace(`${SITE}/rest/api/3`, `${DC_SITE}/rest/api/2`) })) })),
    'GET /jira/rest/api/2/project/{key}/statuses': bearer((req) =>
      req.params.key !== 'SEC'
        ? { status: 404, body: { errorMessages: [`No project could be found with key '${req.params.key}'.`], errors: {} } }
        : { body: [{ id: '10001', name: 'Bug', subtask: false, statuses: [status('10000', 'To Do', TODO), status('3', 'In Progress', DOING), status('10001', 'Done', DONE)] }] },
    ),
    'GET /jira/rest/api/2/issue/createmeta/{key}/issuetypes': bearer((req) =>
      req.params.key !== 'SEC' ? { status: 404, body: { errorMessages: ['Project not found'], errors: {} } } : dcPage(req, ISSUE_TYPES),
    ),
    'GET /jira/rest/api/2/issue/createmeta/{key}/issuetypes/{issueTypeId}': bearer((req) =>
      req.params.issueTypeId === '10001' ? dcPage(req, FIELDS) : { status: 404, body: { errorMessages: ['Issue type not found'], errors: {} } },
    ),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Jira Server 10.3.1') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== EMAIL) throw new Error(`user ${result.user}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
  badMappings: {
    spec: (url) => ({ ...jiraFake.badMappings!.spec(url), auth: { deployment: 'datacenter', base_url: `${url}/jira` } }),
    expected: [
      { path: 'spec.ticketing.mappings.priority.critical', value: 'Blocker', valid: ['Highest', 'High', 'Medium', 'Low', 'Lowest'] },
      { path: 'spec.ticketing.mappings.status.resolved', value: 'Closed', valid: ['To Do', 'In Progress', 'Done'] },
      { path: 'spec.ticketing.defaults.Team', value: 'Security', valid: ['AppSec', 'Platform'] },
    ],
  },
};
