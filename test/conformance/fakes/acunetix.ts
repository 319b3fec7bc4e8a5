// Fake Acunetix on-premises (API v1) for the scanner conformance suite: no published description of the on-premises API.
// GET /me with X-Auth is Acunetix's own connection test (jenkinsci/acunetix-plugin BuildScanner.java); the /me fields follow
// unofficial documentation (h4rdy/Acunetix11-API-Documentation) and the 401 body is a guess, so both stay unconfirmed.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_KEY = '1986ad8c0a5b3df4d7028d5f3c06e936c7f1e4b2a9d84c3e8f6a1b5d7c2e9f40a';

/** What Acunetix answers to a missing or wrong X-Auth key (status and body unconfirmed: the plugin only checks for 200). */
const unauthorized: FakeResponse = { status: 401, body: { code: 401, message: 'Unauthorized', details: [] } };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers['x-auth'] === API_KEY ? handler(req) : unauthorized);
}

export const acunetixFake: VendorFake = {
  type: 'acunetix',
  probe: 'GET /api/v1/me',
  authFailure: unauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'the on-premises Acunetix API has no public vendor description; the Acunetix 360 one is linked from its API settings page but not stored in shared/openapi' },
  spec: (url) => ({ auth: { deployment: 'on_prem', base_url: url }, config: {} }),
  routes: () => ({
    'GET /api/v1/me': authed(() => ({
      body: {
        user_id: '3b1f6a2c-9d4e-4f7a-8b2c-1d3e5f7a9b0c',
        email: 'secwire@acme.example',
        first_name: 'Sec',
        last_name: 'Wire',
        role: 'tech_admin',
        enabled: true,
        totp_enabled: false,
        notifications: { monthly_status: false },
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Acunetix on-premises (API v1)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire@acme.example (tech_admin)') throw new Error(`user ${result.user}`);
  },
};
