// Fake Prisma Cloud CSPM API for the pull_only conformance suite, checked against prisma-cloud-cspm-Login.json; a variant adds the Compute console.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const ACCESS_KEY_ID = '7d1e0c4a-5b2f-4e8d-9a3c-prisma-conformance';
const SECRET_KEY = 'Qm9ndXNTZWNyZXRLZXlGb3JDb25mb3JtYW5jZQ+/=';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'svc-secwire@acme.example', username: 'svc-secwire@acme.example', selectedCustomerName: 'Acme Corp - 804930617', isAccessKeyLogin: true, iss: 'https://api.prismacloud.io', exp: 4102444800 })}.c2lnbmF0dXJl`;
const CUSTOMERS = [{ customerName: 'Acme Corp - 804930617', prismaId: '804930617', tosAccepted: true }];

/** Prisma Cloud's answer to a wrong access key: 401, no body, the reason in the x-redlock-status header. */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'x-redlock-status': '[{"i18nKey":"invalid_credentials","severity":"error","subject":null}]' },
  body: '',
};

function session(handler: FakeHandler): FakeHandler {
  return (req) =>
    req.headers['x-redlock-auth'] === JWT
      ? handler(req)
      : { status: 401, headers: { 'x-redlock-status': '[{"i18nKey":"token_expired","severity":"error","subject":null}]' }, body: '' };
}

export const prismaCloudFake: VendorFake = {
  type: 'prisma_cloud',
  probe: 'POST /login',
  authFailure: unauthorized,
  secrets: { 'auth.access_key_id': ACCESS_KEY_ID, 'auth.secret_key': SECRET_KEY },
  openapi: { file: 'prisma-cloud-cspm-Login.json' },
  spec: (url) => ({ auth: { api_url: url }, config: { cloud_account_ids: ['123456789012'] } }),
  routes: () => ({
    'POST /login': (req) => {
      const body = req.json as { username?: unknown; password?: unknown } | undefined;
      if (body?.username !== ACCESS_KEY_ID || body?.password !== SECRET_KEY) return unauthorized;
      return { headers: { 'content-type': 'application/json; charset=UTF-8' }, body: { token: JWT, message: 'login_successful', customerNames: CUSTOMERS } };
    },
    'GET /auth_token/extend': session(() => ({ headers: { 'content-type': 'application/json' }, body: { token: JWT, message: 'login_successful', customerNames: CUSTOMERS } })),
  }),
  expectResult(result) {
    if (!/^Prisma Cloud CSPM \(127\.0\.0\.1:\d+\)$/.test(result.vendor_version ?? '')) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire@acme.example') throw new Error(`user ${result.user}`);
    if (result.license !== 'tenant Acme Corp - 804930617') throw new Error(`license ${result.license}`);
  },
};

const COMPUTE_TOKEN = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ user: ACCESS_KEY_ID, exp: 4102444800 })}.Y29tcHV0ZQ`;

/**
 * With compute_url set, the Compute console is asked too (here the same fake host): POST /api/v34.04/authenticate with the
 * key pair, then GET /api/v34.04/version with the Bearer token; both checked against the Compute SaaS description. The
 * CSPM calls are checked by the main fake, so they are outside this one's description.
 */
export const prismaCloudComputeFake: VendorFake = {
  ...prismaCloudFake,
  variant: 'with compute',
  openapi: { file: 'prisma-cloud-compute-saas-openapi-34-04-145.json', prefixes: [''], outside: ['/login', '/auth_token/'] },
  spec: (url) => ({ ...prismaCloudFake.spec(url), auth: { api_url: url, compute_url: url } }),
  routes: () => ({
    ...prismaCloudFake.routes(),
    'POST /api/v34.04/authenticate': (req) => {
      const body = req.json as { username?: unknown; password?: unknown } | undefined;
      // The refusal's body is unconfirmed; the status is the Compute API's 401.
      if (body?.username !== ACCESS_KEY_ID || body?.password !== SECRET_KEY) return { status: 401, headers: { 'content-type': 'application/json' }, body: { err: 'invalid credentials' } };
      return { headers: { 'content-type': 'application/json' }, body: { token: COMPUTE_TOKEN } };
    },
    'GET /api/v34.04/version': (req) =>
      req.headers.authorization === `Bearer ${COMPUTE_TOKEN}` ? { headers: { 'content-type': 'application/json' }, body: '"34.04.145"' } : { status: 401, body: { err: 'unauthorized' } },
  }),
  expectResult(result) {
    if (!/^Prisma Cloud CSPM \(127\.0\.0\.1:\d+\), Compute 34\.04\.145$/.test(result.vendor_version ?? '')) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire@acme.example') throw new Error(`user ${result.user}`);
  },
};
