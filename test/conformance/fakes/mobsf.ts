// Fake MobSF for the scanner conformance suite (no OpenAPI file: each server documents its REST API at /api_docs).
// Status, body, headers and paging follow MobSF's source: mobsf/MobSF/views/api/api_middleware.py (auth, make_api_response)
// and mobsf/MobSF/views/home.py (RecentScans: Django Paginator over RecentScansDB, newest first).
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_KEY = '5c1f0e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e';

/** Headers make_api_response puts on every REST API answer. */
const API_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'Authorization, X-Mobsf-Api-Key',
  'content-type': 'application/json; charset=utf-8',
};

/** The middleware's answer to a missing or wrong key. */
const unauthorized: FakeResponse = { status: 401, headers: API_HEADERS, body: { error: 'You are unauthorized to make this request.' } };

/** X-Mobsf-Api-Key wins when present; only without it is the raw Authorization value compared. */
function keyOf(req: FakeRequest): string | undefined {
  const header = req.headers['x-mobsf-api-key'] ?? req.headers.authorization;
  return typeof header === 'string' ? header : undefined;
}

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (keyOf(req) === API_KEY ? handler(req) : unauthorized);
}

const SCANS = [
  { ANALYZER: 'static_analyzer', SCAN_TYPE: 'apk', FILE_NAME: 'acme-wallet-3.2.1.apk', APP_NAME: 'Acme Wallet', PACKAGE_NAME: 'com.acme.wallet', VERSION_NAME: '3.2.1', MD5: '3a552566097a8de588b8184b059b0158', TIMESTAMP: '2026-11-30T21:14:07.113Z' },
  { ANALYZER: 'static_analyzer_ios', SCAN_TYPE: 'ipa', FILE_NAME: 'AcmeWallet-3.2.0.ipa', APP_NAME: 'Acme Wallet', PACKAGE_NAME: 'com.acme.wallet', VERSION_NAME: '3.2.0', MD5: '9e107d9d372bb6826bd81d3542a419d6', TIMESTAMP: '2026-11-28T08:02:51.420Z' },
  { ANALYZER: 'static_analyzer', SCAN_TYPE: 'apk', FILE_NAME: 'acme-wallet-3.1.9.apk', APP_NAME: 'Acme Wallet', PACKAGE_NAME: 'com.acme.wallet', VERSION_NAME: '3.1.9', MD5: 'e4d909c290d0fb1ca068ffaddf22cbd0', TIMESTAMP: '2026-11-20T17:45:10.007Z' },
];

/** One Paginator page; MobSF answers 500 with {error} for a page out of range. */
function page(req: FakeRequest): FakeResponse {
  const size = Number(req.query.page_size ?? 10);
  const number = Number(req.query.page ?? 1);
  const pages = Math.max(1, Math.ceil(SCANS.length / size));
  if (!(number >= 1 && number <= pages)) return { status: 500, headers: API_HEADERS, body: { error: 'That page contains no results' } };
  return { headers: API_HEADERS, body: { content: SCANS.slice((number - 1) * size, number * size), count: SCANS.length, num_pages: pages } };
}

export const mobsfFake: VendorFake = {
  type: 'mobsf',
  probe: 'GET /api/v1/scans',
  authFailure: unauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'MobSF publishes no OpenAPI file; each server documents its REST API at /api_docs' },
  spec: (url) => ({ auth: { base_url: url }, config: {} }),
  routes: () => ({ 'GET /api/v1/scans': authed(page) }),
  expectResult(result) {
    if (result.license !== 'open source, 3 scans on the server') throw new Error(`license ${result.license}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
