// Fake SonarQube Server for the scanner conformance suite (no OpenAPI file: SonarQube describes its Web API at /api/webservices/list).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'squ_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';

/** SonarQube refuses an unknown, expired or revoked token with a bare 401 (body left empty; unconfirmed). */
const unauthorized: FakeResponse = { status: 401, headers: { 'content-type': 'application/json' }, body: '' };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? handler(req) : unauthorized);
}

export const sonarqubeFake: VendorFake = {
  type: 'sonarqube',
  probe: 'GET /sonar/api/authentication/validate',
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { none: 'SonarQube publishes no OpenAPI file; it describes its Web API in its own format at /api/webservices/list' },
  spec: (url) => ({ auth: { base_url: `${url}/sonar` }, config: { deployment: 'server', project_keys: ['acme_payments'] } }),
  routes: () => ({
    'GET /sonar/api/authentication/validate': authed(() => ({ body: { valid: true } })),
    // Answers anonymous callers as well, as SonarQube does.
    'GET /sonar/api/system/status': { body: { id: '147B411E-AY8xPvNPAG1lrMTTvlSv', version: '10.7.0.96327', status: 'UP' } },
  }),
  expectResult(result) {
    if (result.vendor_version !== 'SonarQube Server 10.7.0.96327') throw new Error(`vendor_version ${result.vendor_version}`);
    if (!result.warnings.some((w) => /cannot launch scans/.test(w))) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
