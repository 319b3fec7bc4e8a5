// Fake Bamboo Data Center REST API for the asset_source conformance suite (Bearer PAT; JSON only when asked for).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const PAT = 'MTk4NzY1NDMyMTA5OkbambooConformancePat1x';
const VERSION = '10.2.1';

/**
 * What Bamboo answers to an unknown or revoked personal access token: the Atlassian REST error shape ({message, "status-code"}) that
 * Jira and Confluence Data Center send; for Bamboo the body and the challenge are unconfirmed (no Bamboo recording found).
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json;charset=UTF-8', 'www-authenticate': 'OAuth realm="https%3A%2F%2Fbamboo.acme.example"' },
  body: { message: 'Client must be authenticated to access this resource.', 'status-code': 401 },
};

/** Answers only requests with the Bearer PAT; JSON only with Accept: application/json (XML otherwise, as Bamboo does). */
function authed(handler: FakeHandler): FakeHandler {
  return (req) => {
    if (req.headers.authorization !== `Bearer ${PAT}`) return unauthorized;
    if (!String(req.headers.accept ?? '').includes('application/json')) {
      return { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><status/>' };
    }
    return handler(req);
  };
}

export const bambooFake: VendorFake = {
  type: 'bamboo',
  probe: 'GET /rest/api/latest/currentUser',
  authFailure: unauthorized,
  secrets: { 'auth.pat': PAT },
  openapi: { none: 'Atlassian publishes a version-specific swagger.json under docs.atlassian.com/atlassian-bamboo/REST/{version}/; not in shared/openapi' },
  spec: (url) => ({ auth: { base_url: url }, config: { plan_keys: ['PAY-BUILD'] } }),
  routes: () => ({
    'GET /rest/api/latest/currentUser': authed(() => ({ body: { name: 'svc-secwire', fullName: 'secwire bot', email: 'secwire-bot@acme.example' } })),
    // Field set and formats as recorded by third-party clients (buildNumber a string, buildDate with an offset).
    'GET /rest/api/latest/info': authed(() => ({ body: { version: VERSION, edition: '', buildDate: '2025-11-20T09:12:44.000+00:00', buildNumber: '100209', state: 'RUNNING' } })),
  }),
  expectResult(result) {
    if (result.vendor_version !== `Bamboo ${VERSION} (build 100209)`) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire') throw new Error(`user ${result.user}`);
  },
};
