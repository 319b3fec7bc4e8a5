// Fake Nessus (self-hosted, here a Nessus Professional) for the scanner conformance suite: no published description.
// Shaped after a Nessus Professional /server/properties quoted in tenable/Posh-Nessus#1, the Nessus API reference
// (properties answer without a session, minus build and version) and the 401 body quoted in tenable/nessrest#73.
import type { FakeHandler, FakeRequest, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const ACCESS_KEY = '7c1e0f9a2b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6';
const SECRET_KEY = 'e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3';

/** What Nessus answers to a bad session token (tenable/nessrest#73); the same for bad API keys is assumed. */
const unauthorized: FakeResponse = { status: 401, body: { error: 'Invalid Credentials' } };

const keysOk = (req: FakeRequest): boolean => req.headers['x-apikeys'] === `accessKey=${ACCESS_KEY}; secretKey=${SECRET_KEY}`;

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (keysOk(req) ? handler(req) : unauthorized);
}

/** A Nessus Professional's properties; license fields as in tenable/Posh-Nessus#1 (secrets like activation_code left out). */
const PROPERTIES = {
  nessus_type: 'Nessus Professional',
  server_version: '10.8.3',
  server_build: '20010',
  nessus_ui_version: '10.8.3',
  nessus_ui_build: '136',
  platform: 'LINUX',
  loaded_plugin_set: '202511271523',
  plugin_set: '202511271523',
  expiration: 4102444799,
  license: { type: 'professional', name: 'Nessus Professional', expiration_date: 4102444799, mode: 2, scanners_used: 0, agents_used: 0 },
  capabilities: { multi_scanner: false, multi_user: 'none', report_email_config: false },
};

/** Without a session Nessus still answers, but without build and version numbers (field set otherwise unconfirmed). */
function properties(req: FakeRequest): FakeResponse {
  if (keysOk(req)) return { body: PROPERTIES };
  const { nessus_type, nessus_ui_version, capabilities } = PROPERTIES;
  return { body: { nessus_type, nessus_ui_version, capabilities } };
}

export const nessusFake: VendorFake = {
  type: 'nessus',
  probe: 'GET /session',
  authFailure: unauthorized,
  secrets: { 'auth.access_key': ACCESS_KEY, 'auth.secret_key': SECRET_KEY },
  openapi: { none: 'Tenable publishes no OpenAPI description of Nessus (PROVENANCE.md, "Not collected"); each scanner serves its own reference at /api' },
  spec: (url) => ({ auth: { base_url: url }, config: { folder_id: 3 } }),
  routes: () => ({
    // Both answer before authentication, as Nessus does.
    'GET /server/status': { body: { code: 200, status: 'ready' } },
    'GET /server/properties': properties,
    'GET /session': authed(() => ({
      body: { id: 2, username: 'secwire', email: null, name: 'secwire', type: 'local', permissions: 128, lastlogin: 1764840000, container_id: 0, groups: null },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== '10.8.3 (build 20010)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.license !== 'Nessus Professional, expires 2099-12-31') throw new Error(`license ${result.license}`);
    if (result.user !== 'secwire') throw new Error(`user ${result.user}`);
    if (!result.warnings.some((w) => w.includes('Nessus Professional does not allow creating or launching scans'))) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};
