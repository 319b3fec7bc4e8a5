// Fake Checkmarx SAST 9.x for the pull_only conformance suite: the identity server's password grant and the REST API.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USERNAME = 'svc-secwire';
const PASSWORD = 'Cx!conformance-9f3b2a7e';
/** A JWT-shaped access token as CxSAST's identity server issues them (payload content is not read by secwire). */
const ACCESS_TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsIng1dCI6ImN4In0.eyJpc3MiOiJodHRwczovL2N4c2FzdC5hY21lLmV4YW1wbGUvQ3hSZXN0QVBJL2F1dGgvaWRlbnRpdHkiLCJhdWQiOiJodHRwczovL2N4c2FzdC5hY21lLmV4YW1wbGUvQ3hSZXN0QVBJL2F1dGgvaWRlbnRpdHkvcmVzb3VyY2VzIiwiY2xpZW50X2lkIjoicmVzb3VyY2Vfb3duZXJfY2xpZW50Iiwic2NvcGUiOlsic2FzdF9yZXN0X2FwaSJdLCJzdWIiOiIxNyJ9.c2lnbmF0dXJlLW5vdC1jaGVja2VkLWJ5LXRoZS1mYWtl';

/** IdentityServer's answer to a wrong user name or password: 400 with the OAuth error (RFC 6749 §5.2). */
const invalidGrant: FakeResponse = {
  status: 400,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: { error: 'invalid_grant', error_description: 'invalid_username_or_password' },
};

/** The REST API's answer to a missing or unknown Bearer token. */
const unauthorized: FakeResponse = { status: 401, headers: { 'www-authenticate': 'Bearer' }, body: '' };

function bearer(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${ACCESS_TOKEN}` ? handler(req) : unauthorized);
}

const tokenRoute: FakeHandler = (req) => {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return { status: 400, body: { error: 'invalid_request', error_description: 'form body expected' } };
  }
  const form = new URLSearchParams(req.body);
  if (form.get('client_id') !== 'resource_owner_client' || form.get('client_secret') !== '014DF517-39D1-4453-B7B3-9930C563627C') {
    return { status: 400, body: { error: 'invalid_client' } };
  }
  if (form.get('grant_type') !== 'password') return { status: 400, body: { error: 'unsupported_grant_type' } };
  if (form.get('scope') !== 'sast_rest_api') return { status: 400, body: { error: 'invalid_scope' } };
  if (form.get('username') !== USERNAME || form.get('password') !== PASSWORD) return invalidGrant;
  return {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: { access_token: ACCESS_TOKEN, expires_in: 86400, token_type: 'Bearer' },
  };
};

export const checkmarxSastFake: VendorFake = {
  type: 'checkmarx_sast',
  probe: 'POST /cxrestapi/auth/identity/connect/token',
  authFailure: invalidGrant,
  secrets: { 'auth.password': PASSWORD },
  // The Swagger describes the REST API but names the identity server's token endpoint only as `tokenUrl`.
  openapi: { file: 'checkmarx-sast-swagger.json', prefixes: ['/cxrestapi'], outside: ['/cxrestapi/auth/identity/connect/token'] },
  spec: (url) => ({ auth: { base_url: url, username: USERNAME }, config: { project_ids: ['42'] } }),
  routes: () => ({
    'POST /cxrestapi/auth/identity/connect/token': tokenRoute,
    'GET /cxrestapi/system/version': bearer((req) => {
      if (!/application\/json;\s*v=1\.1/.test(String(req.headers.accept ?? ''))) return { status: 406, body: { messageCode: 406, messageDetails: 'Not Acceptable' } };
      return { headers: { 'content-type': 'application/json;v=1.1; charset=utf-8' }, body: { version: '9.6.0.1000', hotFix: '3', enginePackVersion: '9.6.0.12' } };
    }),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'CxSAST 9.6.0.1000 HF3 (engine pack 9.6.0.12)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USERNAME) throw new Error(`user ${result.user}`);
  },
};

/** For the connector's own tests: the fake's plaintext values. */
export const checkmarxSastFakeValues = { USERNAME, PASSWORD, ACCESS_TOKEN } as const;
