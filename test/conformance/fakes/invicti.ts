// Fake Invicti Enterprise API 1.0 for the scanner conformance suite (its Swagger is served live only, not in shared/openapi).
// The scan-list page follows the vendor's Swagger (ScanTaskListApiResult / ScanTaskModel, copy in niaid/netsparker-cloud-js
// specs/netsparker.json); the 401 body is ASP.NET Web API's default and unconfirmed for Invicti.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USER_ID = '8f1c2d3e4a5b46c7a8d9e0f1a2b3c4d5';
const API_TOKEN = 'Zm9vYmFyLWludmljdGktY29uZm9ybWFuY2UtdG9rZW4tMTIzNDU2Nzg5MA==';
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** A missing or wrong Basic user ID / token (body unconfirmed: ASP.NET Web API's default wording). */
const unauthorized: FakeResponse = { status: 401, headers: JSON_TYPE, body: { Message: 'Authorization has been denied for this request.' } };

function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USER_ID}:${API_TOKEN}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? handler(req) : unauthorized);
}

const SCANS = [
  { Id: '5e2b6a1c-93f4-4d0a-8c1e-ad2b00f1c9a7', TargetUrl: 'https://shop.acme.example/', State: 'Complete', InitiatedAt: '2026-11-30T22:00:04Z', WebsiteName: 'Acme shop', ScanType: 'Full' },
  { Id: '0b7c4e2d-51a9-4f36-9e08-c3d2a1b0f9e8', TargetUrl: 'https://admin.acme.example/', State: 'Scanning', InitiatedAt: '2026-12-01T06:30:00Z', WebsiteName: 'Acme admin', ScanType: 'Incremental' },
];

/** One page with the paging fields the Swagger lists. */
function scanPage(req: FakeRequest): FakeResponse {
  const size = Number(req.query.pageSize ?? 20);
  const number = Number(req.query.page ?? 1);
  const list = SCANS.slice((number - 1) * size, number * size);
  const pageCount = Math.ceil(SCANS.length / size);
  const first = list.length > 0 ? (number - 1) * size + 1 : 0;
  return {
    headers: JSON_TYPE,
    body: {
      FirstItemOnPage: first,
      HasNextPage: number < pageCount,
      HasPreviousPage: number > 1,
      IsFirstPage: number === 1,
      IsLastPage: number >= pageCount,
      LastItemOnPage: first === 0 ? 0 : first + list.length - 1,
      List: list,
      PageCount: pageCount,
      PageNumber: number,
      PageSize: size,
      TotalItemCount: SCANS.length,
    },
  };
}

export const invictiFake: VendorFake = {
  type: 'invicti',
  probe: 'GET /api/1.0/scans/list',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { none: 'Invicti serves its Swagger on the live service (/swagger/docs/v1); no copy in shared/openapi' },
  spec: (url) => ({ auth: { base_url: url, user_id: USER_ID }, config: { scan_profile: 'Full Scan - Production' } }),
  routes: () => ({ 'GET /api/1.0/scans/list': authed(scanPage) }),
  expectResult(result) {
    if (result.vendor_version !== 'Invicti Enterprise API 1.0') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== `user ID ${USER_ID}`) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
