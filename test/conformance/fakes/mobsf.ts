// Fake MobSF for the scanner conformance suite (no OpenAPI file: each server documents its REST API at /api_docs).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_KEY = '5c1f0e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e';

/** MobSF's API middleware answer to a missing or wrong key. */
const unauthorized: FakeResponse = { status: 401, body: { error: 'You are unauthorized to make this request.' } };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers['x-mobsf-api-key'] === API_KEY || req.headers.authorization === API_KEY ? handler(req) : unauthorized);
}

export const mobsfFake: VendorFake = {
  type: 'mobsf',
  probe: 'GET /api/v1/scans',
  authFailure: unauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'MobSF publishes no OpenAPI file; each server documents its REST API at /api_docs' },
  spec: (url) => ({ auth: { base_url: url }, config: {} }),
  routes: () => ({
    'GET /api/v1/scans': authed(() => ({
      body: {
        content: [
          {
            ANALYZER: 'static_analyzer',
            SCAN_TYPE: 'apk',
            FILE_NAME: 'acme-wallet-3.2.1.apk',
            APP_NAME: 'Acme Wallet',
            PACKAGE_NAME: 'com.acme.wallet',
            VERSION_NAME: '3.2.1',
            MD5: '3a552566097a8de588b8184b059b0158',
            TIMESTAMP: '2026-11-30T21:14:07.113Z',
          },
        ],
        count: 1,
        num_pages: 1,
      },
    })),
  }),
  expectResult(result) {
    if (result.license !== 'open source, 1 scan on the server') throw new Error(`license ${result.license}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
