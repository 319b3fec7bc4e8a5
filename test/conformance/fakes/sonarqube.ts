// Fake SonarQube Server for the scanner conformance suite (no OpenAPI file: SonarQube describes its Web API at /api/webservices/list).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'squ_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';

/**
 * SonarQube refuses an unknown, expired or revoked token on a Web API path with a bare 401: status only, no body
 * (UserSessionInitializer sets the status and stops; SonarSource/sonarqube).
 */
const unauthorized: FakeResponse = { status: 401 };

/** SonarQube's date-time format (2026-03-31T00:00:00+0000), `days` from now so the fake never ages into an expiry warning. */
function sonarDateTime(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? handler(req) : unauthorized);
}

export const sonarqubeFake: VendorFake = {
  type: 'sonarqube',
  probe: 'GET /sonar/api/users/current',
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { none: 'SonarQube publishes no OpenAPI file; it describes its Web API in its own format at /api/webservices/list' },
  spec: (url) => ({ auth: { base_url: `${url}/sonar` }, config: { deployment: 'server', project_keys: ['acme_payments'] } }),
  routes: () => ({
    // Fields as in SonarQube's own response example (current-example.json); the header is set for tokens with an expiry date.
    'GET /sonar/api/users/current': authed(() => ({
      headers: { 'content-type': 'application/json', 'SonarQube-Authentication-Token-Expiration': sonarDateTime(90) },
      body: {
        isLoggedIn: true,
        id: '0b5d3c2e-6a1f-4e7b-9c8d-2f1e0a9b8c7d',
        login: 'svc-secwire',
        name: 'secwire bot',
        email: 'svc-secwire@acme.example',
        local: true,
        externalIdentity: 'svc-secwire',
        externalProvider: 'sonarqube',
        scmAccounts: [],
        groups: ['sonar-users'],
        permissions: { global: [] },
        avatar: 'f5aa64437a1821ffe8b563099d506aef',
      },
    })),
    // Answers anonymous callers as well, as SonarQube does (it is outside the user-session filter).
    'GET /sonar/api/system/status': { body: { id: '147B411E-AY8xPvNPAG1lrMTTvlSv', version: '10.7.0.96327', status: 'UP' } },
  }),
  expectResult(result) {
    if (result.vendor_version !== 'SonarQube Server 10.7.0.96327') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire (secwire bot)') throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 1 || !/cannot launch scans/.test(result.warnings[0]!)) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};

/** SonarQube Cloud (sonarcloud.io): no context path, an organization in config; its status reports the Cloud build. */
export const sonarqubeCloudFake: VendorFake = {
  ...sonarqubeFake,
  variant: 'cloud',
  probe: 'GET /api/users/current',
  spec: (url) => ({ auth: { base_url: url }, config: { deployment: 'cloud', organization: 'acme', project_keys: ['acme_payments'] } }),
  routes: () => {
    const server = sonarqubeFake.routes();
    return {
      'GET /api/users/current': server['GET /sonar/api/users/current']!,
      'GET /api/system/status': { body: { id: 'sonarcloud', version: '8.0.0.70000', status: 'UP' } },
    };
  },
  expectResult(result) {
    if (result.vendor_version !== 'SonarQube Cloud 8.0.0.70000') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire (secwire bot), organization acme') throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 1 || !/cannot launch scans/.test(result.warnings[0]!)) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
