// Fake Invicti Enterprise API 1.0 for the scanner conformance suite (its Swagger is served live only, not in shared/openapi).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USER_ID = '8f1c2d3e4a5b46c7a8d9e0f1a2b3c4d5';
const API_TOKEN = 'Zm9vYmFyLWludmljdGktY29uZm9ybWFuY2UtdG9rZW4tMTIzNDU2Nzg5MA==';

/** ASP.NET Web API's answer to a missing or wrong Basic user ID / token. */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Basic realm="Invicti Enterprise"' },
  body: { Message: 'Authorization has been denied for this request.' },
};

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USER_ID}:${API_TOKEN}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? handler(req) : unauthorized);
}

export const invictiFake: VendorFake = {
  type: 'invicti',
  probe: 'GET /api/1.0/scans/list',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { none: 'Invicti serves its Swagger on the live service (/swagger/docs/v1); no copy in shared/openapi' },
  spec: (url) => ({ auth: { base_url: url, user_id: USER_ID }, config: { scan_profile: 'Full Scan - Production' } }),
  routes: () => ({
    'GET /api/1.0/scans/list': authed((req) => ({
      body: {
        FirstItemOn: 1,
        HasNextPage: true,
        HasPreviousPage: false,
        IsFirstPage: true,
        IsLastPage: false,
        LastItemOn: 1,
        List: [
          {
            Id: '5e2b6a1c-93f4-4d0a-8c1e-ad2b00f1c9a7',
            TargetUrl: 'https://shop.acme.example/',
            State: 'Complete',
            InitiatedAt: '2026-11-30T22:00:04Z',
            WebsiteName: 'Acme shop',
            ScanType: 'Full',
          },
        ],
        PageCount: 37,
        PageNumber: Number(req.query.page ?? 1),
        PageSize: Number(req.query.pageSize ?? 20),
        TotalItemCount: 37,
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Invicti Enterprise API 1.0') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== `user ID ${USER_ID}`) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
