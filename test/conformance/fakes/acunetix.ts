// Fake Acunetix on-premises (API v1) for the scanner conformance suite. The vendor's Swagger 2.0 description ("Acunetix Scanner
// API", copy in gashadarli/Acunetix-MCP-Server src/acunetix_mcp/Acunetix-API-Documentation.yaml) gives X-Auth and the error shape
// but leaves out /me. GET /me is Acunetix's own connection test (jenkinsci/acunetix-plugin BuildScanner.java); its fields follow
// unofficial documentation (h4rdy/Acunetix11-API-Documentation Document/Dashboard.md) and the vendor's user model, so stay unconfirmed.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_KEY = '1986ad8c0a5b3df4d7028d5f3c06e936c7f1e4b2a9d84c3e8f6a1b5d7c2e9f40a';

/**
 * A missing or wrong X-Auth key. The shape is the vendor's ErrorDescriptionResponse ({code, reason, details}, every operation's
 * default answer); 401 rests on a user report (h4rdy/Acunetix11-API-Documentation issue #8); the code and reason values are unconfirmed.
 */
const unauthorized: FakeResponse = { status: 401, body: { code: 401, reason: 'Unauthorized', details: [] } };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers['x-auth'] === API_KEY ? handler(req) : unauthorized);
}

export const acunetixFake: VendorFake = {
  type: 'acunetix',
  probe: 'GET /api/v1/me',
  authFailure: unauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'the vendor Swagger of the on-premises API is not stored in shared/openapi (and omits /me); the Acunetix 360 one is linked from its API settings page but not stored either' },
  spec: (url) => ({ auth: { deployment: 'on_prem', base_url: url }, config: {} }),
  routes: () => ({
    'GET /api/v1/me': authed(() => ({
      body: {
        // The fields h4rdy's /me table lists, plus last_name from the vendor's user model (ChildUser); no role string anywhere.
        user_id: '3b1f6a2c-9d4e-4f7a-8b2c-1d3e5f7a9b0c',
        email: 'secwire@acme.example',
        first_name: 'Sec',
        last_name: 'Wire',
        enabled: true,
        child_account: false,
        su: true,
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Acunetix on-premises (API v1)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire@acme.example') throw new Error(`user ${result.user}`);
  },
};

const USER_ID = '5d1c0f2a7b3e4c9d8a6f1e2b3c4d5e6f';
const API_TOKEN = 'a360-token-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c';

/** Acunetix 360 runs on the Invicti Enterprise API: its ASP.NET Web API refusal (wording unconfirmed, as for Invicti). */
const unauthorized360: FakeResponse = { status: 401, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { Message: 'Authorization has been denied for this request.' } };

/** Acunetix 360 (API 1.0): Basic user ID:API token, tested on one page of the scan list. */
export const acunetix360Fake: VendorFake = {
  type: 'acunetix',
  variant: 'acunetix_360',
  probe: 'GET /api/1.0/scans/list',
  authFailure: unauthorized360,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: acunetixFake.openapi,
  spec: (url) => ({ auth: { deployment: 'acunetix_360', base_url: url, user_id: USER_ID }, config: {} }),
  routes: () => ({
    'GET /api/1.0/scans/list': (req) => {
      if (req.headers.authorization !== `Basic ${Buffer.from(`${USER_ID}:${API_TOKEN}`).toString('base64')}` || req.headers['x-auth'] !== undefined) return unauthorized360;
      if (req.query.page !== '1' || req.query.pageSize !== '1') return { status: 400, body: { Message: 'the test asks for one scan only (page=1, pageSize=1)' } };
      return { body: { FirstItemOnPage: 1, HasNextPage: false, HasPreviousPage: false, IsFirstPage: true, IsLastPage: true, LastItemOnPage: 0, List: [], PageCount: 0, PageNumber: 1, PageSize: 1, TotalItemCount: 0 } };
    },
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Acunetix 360 (API 1.0)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USER_ID) throw new Error(`user ${result.user}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};
