// Fake Prisma Cloud CSPM API for the pull_only conformance suite, checked against prisma-cloud-cspm-Login.json (Compute left out: compute_url unset).
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
