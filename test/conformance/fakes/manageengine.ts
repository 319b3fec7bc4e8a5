// Fake ManageEngine ServiceDesk Plus Cloud (v3 API) and its Zoho accounts server, for the itsm conformance suite.
// Both origins are the one fake server here (accounts_url = base_url); no published description exists.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const CLIENT_ID = '1000.K3Q8ZC1XJ0secwireCONF';
const CLIENT_SECRET = 'c0nf0rmance5ecretfedcba9876543210abcdef01';
const REFRESH_TOKEN = '1000.4f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const ACCESS_TOKEN = '1000.9e8d7c6b5a4f3e2d1c0b.a9b8c7d6e5f4a3b2c1d0';
const SDP_JSON = 'application/vnd.manageengine.sdp.v3+json;charset=UTF-8';

/**
 * What SDP answers to a wrong or expired key/token: HTTP 401 with status code 4022 "Invalid API Key" (the v3 status-code
 * table, manageengine.com/products/service-desk/sdpop-v3-api/getting-started/common-error-code.html; 4002 is the 403
 * "not allowed" code). The envelope (4000 outside, the specific code in messages) follows other recorded v3 errors; the
 * message wording and the Cloud (OAuth) variant are unconfirmed.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': SDP_JSON },
  body: { response_status: { status_code: 4000, messages: [{ status_code: 4022, type: 'failed', message: 'Invalid API Key' }], status: 'failed' } },
};

const AUTHTOKEN = '5F2A9C4E-7B1D-4E8A-9C3F-onprem-conformance';

/** Cloud: the access token the fake accounts server issued. On-premises: the technician key in the authtoken header. */
const cloudCredential = (req: FakeRequest) => req.headers.authorization === `Zoho-oauthtoken ${ACCESS_TOKEN}`;
const onPremCredential = (req: FakeRequest) => req.headers.authtoken === AUTHTOKEN && req.headers.authorization === undefined;

/** Answers only requests with the credential, and the v3 Accept header (the 400 without it is a guess). */
function authed(handler: FakeHandler, credential: (req: FakeRequest) => boolean = cloudCredential): FakeHandler {
  return async (req) => {
    if (!credential(req)) return unauthorized;
    if (!String(req.headers.accept ?? '').includes('application/vnd.manageengine.sdp.v3+json')) {
      return { status: 400, headers: { 'content-type': SDP_JSON }, body: { response_status: { status_code: 4000, messages: [{ status_code: 4000, type: 'failed', message: 'Invalid Accept header' }], status: 'failed' } } };
    }
    return { headers: { 'content-type': SDP_JSON }, ...(await handler(req)) };
  };
}

/**
 * Zoho's token endpoint: a refresh-token grant in the form body; a bad client or refresh token is a 200 with an `error`
 * (asciisd/zoho#6 records `HTTP/1.1 200` + `{"error":"invalid_client"}`; schmorrison/Zoho#18 and Weble/ZohoBooksApi#84 `invalid_code`).
 */
const token: FakeHandler = (req) => {
  const form = new URLSearchParams(req.body);
  if (String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded') && Object.keys(req.query).length === 0 && form.get('grant_type') === 'refresh_token') {
    if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) return { body: { error: 'invalid_client' } };
    if (form.get('refresh_token') !== REFRESH_TOKEN) return { body: { error: 'invalid_code' } };
    return { body: { access_token: ACCESS_TOKEN, scope: 'SDPOnDemand.requests.ALL SDPOnDemand.setup.READ', api_domain: 'https://www.zohoapis.com', token_type: 'Bearer', expires_in: 3600 } };
  }
  return { status: 400, body: { error: 'invalid_request' } };
};

/** A v3 list: list_info in the input_data parameter; at most 3 rows a page, so clients walk pages. */
function list(req: FakeRequest, key: string, rows: readonly Record<string, unknown>[]): FakeResponse {
  const info = (JSON.parse(req.query.input_data ?? '{}') as { list_info?: { row_count?: number; start_index?: number } }).list_info ?? {};
  const start = info.start_index ?? 1;
  const count = Math.min(info.row_count ?? 10, 3);
  const page = rows.slice(start - 1, start - 1 + count);
  return {
    body: {
      response_status: [{ status_code: 2000, status: 'success' }],
      list_info: { has_more_rows: start - 1 + page.length < rows.length, start_index: start, row_count: page.length },
      [key]: page,
    },
  };
}

const named = (names: string[], extra: (n: string) => Record<string, unknown> = () => ({})) =>
  names.map((name, i) => ({ id: String(100000000000001 + i), name, ...extra(name) }));
const PRIORITIES = named(['High', 'Medium', 'Normal', 'Low'], () => ({ color: '#ff0000' }));
const STATUSES = named(['Open', 'In Progress', 'On Hold', 'Resolved', 'Closed', 'Canceled'], (n) => ({ in_progress: n === 'In Progress', stop_timer: n === 'On Hold', internal_name: n }));
const URGENCIES = named(['High', 'Normal', 'Low', 'Urgent']);

/** The SDP v3 endpoints the test and the mapping check read, behind one kind of credential. */
const sdpRoutes = (credential: (req: FakeRequest) => boolean) => ({
  'GET /api/v3/requests': authed((req) => list(req, 'requests', [{ id: '100000000000123', subject: 'Laptop not booting', status: { id: '2', name: 'Open' } }]), credential),
  'GET /api/v3/priorities': authed((req) => list(req, 'priorities', PRIORITIES), credential),
  'GET /api/v3/statuses': authed((req) => list(req, 'statuses', STATUSES), credential),
  'GET /api/v3/urgencies': authed((req) => list(req, 'urgencies', URGENCIES), credential),
});

const auth = (url: string) => ({ deployment: 'cloud', base_url: url, accounts_url: url, client_id: CLIENT_ID });

export const manageengineFake: VendorFake = {
  type: 'manageengine',
  probe: 'GET /api/v3/requests',
  authFailure: unauthorized,
  secrets: { 'auth.client_secret': CLIENT_SECRET, 'auth.refresh_token': REFRESH_TOKEN },
  openapi: { none: 'ManageEngine publishes HTML API docs (sdpop-v3-api, sdpod-v3-api), no OpenAPI description' },
  spec: (url) => ({
    auth: auth(url),
    config: { request_template: 'Security Finding' },
    ticketing: {
      mappings: {
        priority: { critical: 'High', high: 'High', medium: 'Medium', low: 'Normal', info: 'Low' },
        status: { open: 'Open', in_progress: 'In Progress', resolved: 'Resolved' },
      },
      defaults: { urgency: 'High', site: 'HQ' },
    },
  }),
  routes: () => ({ 'POST /oauth/v2/token': token, ...sdpRoutes(cloudCredential) }),
  expectResult(result) {
    if (result.vendor_version !== 'ServiceDesk Plus Cloud (API v3)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== `Zoho OAuth client ${CLIENT_ID}`) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
  badMappings: {
    spec: (url) => ({
      auth: auth(url),
      config: {},
      ticketing: {
        mappings: { priority: { critical: 'Urgent', high: 'High' }, status: { open: 'Open', resolved: 'Done' } },
        defaults: { urgency: 'Critical' },
      },
    }),
    expected: [
      { path: 'spec.ticketing.mappings.priority.critical', value: 'Urgent', valid: ['High', 'Medium', 'Normal', 'Low'] },
      { path: 'spec.ticketing.mappings.status.resolved', value: 'Done', valid: ['Open', 'In Progress', 'On Hold', 'Resolved', 'Closed', 'Canceled'] },
      { path: 'spec.ticketing.defaults.urgency', value: 'Critical', valid: ['High', 'Normal', 'Low', 'Urgent'] },
    ],
  },
};

/** ServiceDesk Plus on-premises: the technician key in the authtoken header, the same v3 API. */
export const manageengineOnPremFake: VendorFake = {
  ...manageengineFake,
  variant: 'onprem',
  secrets: { 'auth.authtoken': AUTHTOKEN },
  spec: (url) => ({ ...manageengineFake.spec(url), auth: { deployment: 'onprem', base_url: url } }),
  routes: () => sdpRoutes(onPremCredential),
  expectResult(result) {
    if (result.vendor_version !== 'ServiceDesk Plus on-premises (API v3)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'technician API key') throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
  badMappings: {
    spec: (url) => ({ ...manageengineFake.badMappings!.spec(url), auth: { deployment: 'onprem', base_url: url } }),
    expected: manageengineFake.badMappings!.expected,
  },
};
