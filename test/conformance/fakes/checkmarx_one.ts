// Fake Checkmarx One (tenant IAM token endpoint + AST API) for the pull_only conformance suite. The IAM exchange is
// outside every published file; the suite checks the AST API requests against checkmarx-one-VERSIONS.yaml.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

export const TENANT = 'acme';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** API keys are Keycloak offline refresh tokens (JWTs, typ Offline). */
export const API_KEY = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ typ: 'Offline', azp: 'ast-app', iss: `https://iam.checkmarx.net/auth/realms/${TENANT}`, exp: 4102444800, jti: 'cx-conformance-key' })}.a2V5LXNpZw`;
export const ACCESS_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64({ typ: 'Bearer', azp: 'ast-app', preferred_username: 'svc-secwire', email: 'svc-secwire@acme.example', tenant_name: TENANT, exp: 4102444800 })}.YWNjZXNzLXNpZw`;

/** Keycloak's answer to a wrong, expired or revoked refresh token. */
const invalidGrant: FakeResponse = {
  status: 400,
  headers: { 'content-type': 'application/json' },
  body: { error: 'invalid_grant', error_description: 'Invalid refresh token' },
};

function bearer(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${ACCESS_TOKEN}` ? handler(req) : { status: 401, body: '' });
}

export const checkmarxOneFake: VendorFake = {
  type: 'checkmarx_one',
  probe: 'POST /auth/realms/{realm}/protocol/openid-connect/token',
  authFailure: invalidGrant,
  secrets: { 'auth.api_key': API_KEY },
  // The token call goes to the tenant IAM (Keycloak), which no published file describes; the AST API calls are checked.
  openapi: { file: 'checkmarx-one-VERSIONS.yaml', outside: ['/auth/realms/'] },
  spec: (url) => ({ auth: { base_url: url, iam_url: url, tenant: TENANT }, config: {} }),
  routes: () => ({
    'POST /auth/realms/{realm}/protocol/openid-connect/token': (req) => {
      const form = new URLSearchParams(req.body);
      if (req.params.realm !== TENANT) return { status: 404, headers: { 'content-type': 'application/json' }, body: { error: 'Realm does not exist' } };
      if (form.get('client_id') !== 'ast-app') return { status: 401, headers: { 'content-type': 'application/json' }, body: { error: 'invalid_client', error_description: 'Invalid client credentials' } };
      if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== API_KEY) return invalidGrant;
      return {
        headers: { 'content-type': 'application/json' },
        body: { access_token: ACCESS_TOKEN, expires_in: 1800, refresh_expires_in: 0, token_type: 'Bearer', 'not-before-policy': 0, scope: 'openid ast-api offline_access' },
      };
    },
    'GET /api/versions': bearer(() => ({ headers: { 'content-type': 'application/json; version=1.0' }, body: { CxOne: '3.31.12', SAST: '9.7.3', KICS: '2.1.5' } })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Checkmarx One 3.31.12 (SAST 9.7.3, KICS 2.1.5)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire') throw new Error(`user ${result.user}`);
    if (result.license !== 'tenant acme') throw new Error(`license ${result.license}`);
  },
};
