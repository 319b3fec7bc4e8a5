// Fake Rapid7 InsightVM Security Console (API v3) for the scanner conformance suite: answers shaped after the console's
// published Swagger (Info, License, UnauthorizedError), which the suite checks every exchange against.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USERNAME = 'secwire';
const PASSWORD = 'r7-Console!pass-5f2c9e';
const HOST = 'https://insightvm.acme.example:3780';

const JSON_UTF8 = { 'content-type': 'application/json;charset=UTF-8' };

/** What the console answers without valid Basic credentials (UnauthorizedError; the message text is unconfirmed). */
const unauthorized: FakeResponse = {
  status: 401,
  headers: JSON_UTF8,
  body: { status: '401', message: 'Authentication is required to access this resource.', links: [{ href: `${HOST}/api/3/administration/info`, rel: 'self' }] },
};

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? handler(req) : unauthorized);
}

export const rapid7Fake: VendorFake = {
  type: 'rapid7',
  probe: 'GET /api/3/administration/info',
  authFailure: unauthorized,
  secrets: { 'auth.password': PASSWORD },
  openapi: { file: 'rapid7-insightvm-console-swagger.json' },
  spec: (url) => ({ auth: { deployment: 'console', base_url: url, username: USERNAME }, config: { site_id: 12 } }),
  routes: () => ({
    'GET /api/3/administration/info': authed(() => ({
      headers: JSON_UTF8,
      body: {
        cpu: { clockSpeed: 2400, count: 8 },
        disk: { free: { bytes: 214748364800, formatted: '200 GB' } },
        distinguishedName: 'CN=Rapid7 Security Console/ O=Rapid7',
        fqdn: 'insightvm.acme.example',
        host: 'INSIGHTVM',
        ip: '10.0.4.20',
        jvm: { name: 'OpenJDK 64-Bit Server VM', startTime: '2026-11-30T08:00:00.000Z', uptime: 'PT105H', vendor: 'Eclipse Adoptium', version: '17.0.12' },
        memory: { free: { bytes: 8589934592, formatted: '8 GB' } },
        operatingSystem: 'Ubuntu Linux 22.04',
        serial: '729F31B1C92F3C91DFA8A649F4D5C883C269BD45',
        superuser: true,
        user: 'root',
        version: { build: '2025-11-19-10-05', changeset: '7061fb4e7c355160df79a77d8983bed2af01f2bf', platform: 'Linux64', semantic: '6.6.301', update: { content: '1234567890', product: '1234567890' } },
        links: [{ href: `${HOST}/api/3/administration/info`, rel: 'self' }],
      },
    })),
    'GET /api/3/administration/license': authed(() => ({
      headers: JSON_UTF8,
      body: {
        edition: 'InsightVM',
        evaluation: false,
        expires: '2099-12-31T23:59:59.999Z',
        features: { adaptiveSecurity: true, agents: true, dynamicDiscovery: true, earlyAccess: false, enginePool: true, insightPlatform: true, mobile: false, multitenancy: false, policyEditor: true, policyManager: true, remediationAnalytics: true },
        limits: { assets: 5000, assetsWithHostedEngine: 0, scanEngines: 10, users: 50 },
        perpetual: false,
        status: 'Activated',
        links: [{ href: `${HOST}/api/3/administration/license`, rel: 'self' }],
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== '6.6.301 (build 2025-11-19-10-05)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.license !== 'InsightVM, Activated, 5000 assets, expires 2099-12-31') throw new Error(`license ${result.license}`);
    if (result.user !== USERNAME) throw new Error(`user ${result.user}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};

const API_KEY = 'r7cloud-4f1d9a0e-2b6c-4e8a-9d3f-7a5b1c0e8f21';
const CLOUD_HOST = 'https://us.api.insight.rapid7.com';

/** The Insight platform's answer to a missing or wrong X-Api-Key (Rapid7's Insight Platform API overview). */
const platformUnauthorized: FakeResponse = { status: 401, headers: { 'content-type': 'application/json' }, body: { message: 'Unauthorized' } };

function keyed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers['x-api-key'] === API_KEY ? handler(req) : platformUnauthorized);
}

/** InsightVM cloud: the regional Insight platform host, its key check and the Cloud Integrations API v4. */
export const rapid7CloudFake: VendorFake = {
  type: 'rapid7',
  variant: 'cloud',
  probe: 'GET /validate',
  authFailure: platformUnauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'Rapid7 offers the Cloud Integrations API v4 description only as a download from its API page; no copy is stored' },
  spec: (url) => ({ auth: { deployment: 'cloud', base_url: url }, config: {} }),
  routes: () => ({
    'GET /validate': keyed(() => ({ headers: { 'content-type': 'application/json' }, body: { message: 'Authorized' } })),
    'GET /vm/v4/integration/scan/engine': keyed((req) =>
      req.query.page !== '0' || req.query.size !== '1'
        ? { status: 400, body: { status: 400, message: 'the test asks for the first engine only (page=0, size=1)' } }
        : {
            headers: { 'content-type': 'application/json' },
            body: {
              data: [{ id: 'b177d730-5cde-468a-89a4-2c5b9d26b465', name: 'dmz-engine-01', address: '10.0.4.31', port: 40814 }],
              metadata: { number: 0, size: 1, totalResources: 3, totalPages: 3 },
              links: [{ href: `${CLOUD_HOST}/vm/v4/integration/scan/engine?page=0&size=1`, rel: 'self' }],
            },
          },
    ),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'InsightVM Cloud Integrations API v4') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.license !== '3 scan engines') throw new Error(`license ${result.license}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};
