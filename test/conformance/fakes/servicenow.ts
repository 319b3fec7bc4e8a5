// Fake ServiceNow Table API for the itsm conformance suite (no published OpenAPI description in shared/openapi).
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USER = 'svc.secwire';
const PASSWORD = 'N0w-conformance-P@ssw0rd-7f3e';
const BUILD_TAG = 'glide-xanadu-07-02-2024__patch4-01-22-2025';

/**
 * What an instance answers to a wrong user name or password, as recorded from a live developer instance in 2026
 * (vdesabou/kafka-docker-playground#8780 headers, #8372 body); older releases said "User Not Authenticated".
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: {
    'content-type': 'application/json;charset=UTF-8',
    'www-authenticate': 'Basic realm="Service-now"',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache,no-store,must-revalidate,max-age=-1',
  },
  body: { error: { message: 'User is not authenticated', detail: 'Required to provide Auth information' }, status: 'failure' },
};

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
  return async (req) => {
    if (req.headers.authorization !== expected) return unauthorized;
    const answer = await handler(req);
    return { ...answer, headers: { 'content-type': 'application/json;charset=UTF-8', ...answer.headers } };
  };
}

type Choice = { name: string; element: string; value: string; label: string; inactive: string };
const choice = (name: string, element: string, value: string, label: string, inactive = 'false'): Choice => ({ name, element, value, label, inactive });

/** Priority only on task (incident inherits it); incident has its own state list, different from task's. */
const CHOICES: Choice[] = [
  ...[['1', '1 - Critical'], ['2', '2 - High'], ['3', '3 - Moderate'], ['4', '4 - Low'], ['5', '5 - Planning']].map(([v, l]) => choice('task', 'priority', v!, l!)),
  ...[['-5', 'Pending'], ['1', 'Open'], ['2', 'Work in Progress'], ['3', 'Closed Complete'], ['4', 'Closed Incomplete'], ['7', 'Closed Skipped']].map(([v, l]) => choice('task', 'state', v!, l!)),
  ...[['1', 'New'], ['2', 'In Progress'], ['3', 'On Hold'], ['6', 'Resolved'], ['7', 'Closed'], ['8', 'Canceled']].map(([v, l]) => choice('incident', 'state', v!, l!)),
  choice('incident', 'state', '9', 'Legacy', 'true'),
  ...[['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']].map(([v, l]) => choice('incident', 'impact', v!, l!)),
  ...[['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']].map(([v, l]) => choice('incident', 'urgency', v!, l!)),
  ...[['inquiry', 'Inquiry / Help'], ['software', 'Software'], ['hardware', 'Hardware'], ['network', 'Network'], ['database', 'Database']].map(([v, l]) => choice('incident', 'category', v!, l!)),
];

/** The subset of encoded queries the connector sends: fieldIN a,b / field=value, joined by ^, ORDERBY ignored. */
function matches(query: string, record: Record<string, string>): boolean {
  return query
    .split('^')
    .filter((term) => term !== '' && !term.startsWith('ORDERBY'))
    .every((term) => {
      const inList = /^(\w+)IN(.*)$/.exec(term);
      if (inList) return inList[2]!.split(',').includes(record[inList[1]!] ?? '');
      const eq = /^(\w+)=(.*)$/.exec(term);
      if (eq) return record[eq[1]!] === eq[2];
      throw new Error(`fake ServiceNow cannot evaluate ${term}`);
    });
}

/**
 * Table API list: sysparm_offset/sysparm_limit paging (at most 7 rows a page, so clients walk pages), X-Total-Count
 * (response headers per ServiceNow/ServiceNowDocs markdown/api-reference/rest-apis/c_TableAPI.md).
 */
function list(req: FakeRequest, records: readonly Record<string, string>[]): FakeResponse {
  const rows = records.filter((r) => matches(req.query.sysparm_query ?? '', r));
  const offset = Number(req.query.sysparm_offset ?? 0);
  const limit = Math.min(Number(req.query.sysparm_limit ?? 10000), 7);
  const fields = req.query.sysparm_fields?.split(',');
  const page = rows.slice(offset, offset + limit).map((r) => (fields ? Object.fromEntries(fields.map((f) => [f, r[f] ?? ''])) : r));
  return { headers: { 'x-total-count': String(rows.length) }, body: { result: page } };
}

const USERS = [{ sys_id: '62826bf03710200044e0bfc8bcbe5df1', user_name: USER, name: 'secwire integration', active: 'true', locked_out: 'false', web_service_access_only: 'true', email: 'secwire@acme.example' }];
const PROPERTIES = [{ sys_id: '0b5c6f0fdb1f2300', name: 'glide.buildtag', value: BUILD_TAG }];

export const servicenowFake: VendorFake = {
  type: 'servicenow',
  probe: 'GET /api/now/table/sys_user',
  authFailure: unauthorized,
  secrets: { 'auth.password': PASSWORD },
  openapi: { none: 'ServiceNow publishes its REST reference as Markdown, no OpenAPI file (instances serve an undocumented /api/now/doc/oas_3)' },
  spec: (url) => ({
    auth: { instance_url: url, username: USER },
    config: { table: 'incident', assignment_group: 'AppSec Triage' },
    ticketing: {
      mappings: {
        priority: { critical: '1 - Critical', high: '2', medium: '3 - Moderate', low: '4', info: '5 - Planning' },
        status: { open: 'New', in_progress: '2', resolved: 'Resolved' },
      },
      defaults: { impact: '2', category: 'software', assignment_group: 'AppSec Triage' },
    },
  }),
  routes: () => ({
    'GET /api/now/table/sys_user': authed((req) => list(req, USERS)),
    'GET /api/now/table/sys_properties': authed((req) => list(req, PROPERTIES)),
    'GET /api/now/table/sys_choice': authed((req) => list(req, CHOICES)),
  }),
  expectResult(result) {
    if (result.vendor_version !== `ServiceNow ${BUILD_TAG}`) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USER) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
  badMappings: {
    spec: (url) => ({
      auth: { instance_url: url, username: USER },
      config: { table: 'incident' },
      ticketing: {
        mappings: { priority: { critical: 'P1', high: '2 - High' }, status: { open: 'New', resolved: 'Closed Complete' } },
        defaults: { urgency: '4', category: 'software' },
      },
    }),
    expected: [
      { path: 'spec.ticketing.mappings.priority.critical', value: 'P1', valid: ['1', '1 - Critical', '2', '2 - High', '3', '3 - Moderate', '4', '4 - Low', '5', '5 - Planning'] },
      // Closed Complete is a task state; incident has its own state list.
      { path: 'spec.ticketing.mappings.status.resolved', value: 'Closed Complete', valid: ['1', 'New', '2', 'In Progress', '3', 'On Hold', '6', 'Resolved', '7', 'Closed', '8', 'Canceled'] },
      { path: 'spec.ticketing.defaults.urgency', value: '4', valid: ['1', '1 - High', '2', '2 - Medium', '3', '3 - Low'] },
    ],
  },
};
