// Fake Tenable Vulnerability Management for the scanner conformance suite (no published description). Properties are
// shaped after the answer recorded in tenable/pyTenable tests/io/cassettes/test_server_properties.yaml (limits set here
// instead of its -1), the 401 envelope after the body quoted in tenable/integration-jira-cloud#169.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const ACCESS_KEY = 'a3f1c9e0b7d24c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6';
const SECRET_KEY = 'd9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8';

/** Tenable's 401 envelope; the message for wrong keys is unconfirmed (a missing header gets "Missing authentication"). */
const unauthorized: FakeResponse = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid Credentials' } };

function authed(handler: FakeHandler): FakeHandler {
  const expected = `accessKey=${ACCESS_KEY}; secretKey=${SECRET_KEY}`;
  return (req) => (req.headers['x-apikeys'] === expected ? handler(req) : unauthorized);
}

export const tenableIoFake: VendorFake = {
  type: 'tenable_io',
  probe: 'GET /server/properties',
  authFailure: unauthorized,
  secrets: { 'auth.access_key': ACCESS_KEY, 'auth.secret_key': SECRET_KEY },
  openapi: { none: 'Tenable publishes no OpenAPI description (PROVENANCE.md, "Not collected")' },
  spec: (url) => ({ auth: { base_url: url }, config: { folder_id: 3 } }),
  routes: () => ({
    'GET /server/properties': authed(() => ({
      body: {
        limitEnabled: false,
        loaded_plugin_set: '202512010615',
        server_uuid: '417457f6-cd2b-727c-d94f-06bce34d74cf27789b39c292efc6',
        update: { href: null, new_version: 0, restart: 0 },
        expiration: 4102444799,
        nessus_ui_version: '10.9.0',
        nessus_type: 'Nessus Cloud',
        notifications: [],
        expiration_time: 4041,
        license: {
          expiration_date: 4102444799,
          ips: 5000,
          agents: 1000,
          users: 50,
          scanners: 10,
          evaluation: false,
          scanners_used: 2,
          agents_used: 120,
          apps: { consec: { mode: 'standard', expiration_date: 4102444799 }, was: { mode: 'standard', expiration_date: 4102444799 } },
        },
        enterprise: true,
        msp: false,
        server_build: '20250930',
        capabilities: { multi_user: 'full', multi_scanner: true, report_email_config: true, two_factor: { twilio: true, smtp: false } },
        plugin_set: '202512010615',
        idle_timeout: '30',
        nessus_ui_build: '155',
        evaluation: { limitEnabled: true, targets: 25 },
        login_banner: null,
        server_version: '6.0.0',
      },
    })),
    // The user fields Tenable's own SDKs read (id, username, email, name); the rest is unconfirmed.
    'GET /session': authed(() => ({
      body: { id: 2236706, username: 'secwire@acme.example', email: 'secwire@acme.example', name: 'secwire', type: 'local', permissions: 64, groups: [] },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== '6.0.0 (build 20250930)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.license !== '5000 assets, 2/10 scanners, 120/1000 agents, expires 2099-12-31') throw new Error(`license ${result.license}`);
    if (result.user !== 'secwire@acme.example') throw new Error(`user ${result.user}`);
  },
};
