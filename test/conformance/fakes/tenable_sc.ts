// Fake Tenable Security Center for the scanner conformance suite: no published description. Shaped after the answers
// recorded in tenable/pyTenable tests/sc/cassettes (sc_login.yaml: /system before auth; test_status_status.yaml),
// Tenable's Current User API page and its API key authorization page (400 for invalid keys).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const ACCESS_KEY = '4def6bc216f14c1ab86dfba8738ff4a5';
const SECRET_KEY = 'a47d1d3a071443449a75821129526b96';

const envelope = (response: unknown, error_code = 0, error_msg = '') => ({ type: 'regular', response, error_code, error_msg, warnings: [], timestamp: 1764840000 });

/**
 * Security Center answers invalid API keys with 400 Bad Request (Tenable's API key authorization page); the envelope
 * with an empty `response` is SC's, as in the 403 quoted in tenable/pyTenable#122; the error code and text are unconfirmed.
 */
const badKeys: FakeResponse = { status: 400, body: envelope('', 74, 'Invalid API key.\n') };

function authed(handler: FakeHandler): FakeHandler {
  const expected = `accesskey=${ACCESS_KEY}; secretkey=${SECRET_KEY};`;
  return (req) => (req.headers['x-apikey'] === expected ? handler(req) : badKeys);
}

export const tenableScFake: VendorFake = {
  type: 'tenable_sc',
  probe: 'GET /rest/currentUser',
  authFailure: badKeys,
  secrets: { 'auth.access_key': ACCESS_KEY, 'auth.secret_key': SECRET_KEY },
  openapi: { none: 'Tenable publishes no OpenAPI description of Security Center (PROVENANCE.md, "Not collected")' },
  spec: (url) => ({ auth: { base_url: url }, config: { repository_id: 1, policy_id: 1000001 } }),
  routes: () => ({
    // Answers before authentication, as Security Center does.
    'GET /rest/system': {
      headers: { securitycenter: '6.6.0' },
      body: envelope({ version: '6.6.0', buildID: '202506101234', releaseID: '202506101234', uuid: '8f5a1c2e-3b4d-4e6f-9a0b-1c2d3e4f5a6b', licenseStatus: 'Valid', logo: 'assets/img/logo.png', serverAuth: 'any', serverClassification: 'None', sessionTimeout: '60', freshInstall: 'no', headerText: '', PasswordComplexity: 'false', timezones: [], reportTypes: [] }),
    },
    'GET /rest/currentUser': authed(() => ({
      body: envelope({
        id: '7',
        status: '0',
        username: 'secwire',
        ldapUsername: '',
        firstname: 'Sec',
        lastname: 'Wire',
        title: '',
        email: 'secwire@acme.example',
        lastLogin: '1764800000',
        mustChangePassword: 'false',
        locked: 'false',
        failedLogins: '0',
        authType: 'tns',
        organization: { id: '1', name: 'Acme', description: '' },
        role: { id: '3', name: 'Security Manager', description: '' },
      }),
    })),
    // As recorded: LCE's subscription expired and its plugin set stale, which is no reason for a warning.
    'GET /rest/status': authed(() => ({
      body: envelope({
        jobd: 'Running',
        licenseStatus: 'Valid',
        PluginSubscriptionStatus: 'Valid',
        LCEPluginSubscriptionStatus: 'Expired',
        PassivePluginSubscriptionStatus: null,
        pluginUpdates: {
          active: { updateTime: '1764800000', stale: 'false', pluginCurrentSet: '202512031200' },
          passive: { updateTime: '1764800000', stale: 'false' },
          lce: { updateTime: '1750205301', stale: 'true' },
        },
        feedUpdates: { updateTime: '1764800000', stale: 'false' },
        activeIPs: '1234',
        licensedIPs: '5000',
      }),
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== '6.6.0 (build 202506101234)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.license !== 'Valid, 1234/5000 IPs') throw new Error(`license ${result.license}`);
    if (result.user !== 'secwire (Security Manager)') throw new Error(`user ${result.user}`);
    if (result.warnings.length) throw new Error(`warnings ${JSON.stringify(result.warnings)}`);
  },
};
