// Fake Snyk REST API for the pull_only conformance suite (the published description is not in shared/openapi).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'e6a2b1c4-7d3f-4e8a-9b0c-snyk-conformance';
const JSONAPI = 'application/vnd.api+json';

/**
 * Snyk's error-catalog JSON:API document for an unknown or revoked token: a 401 `ErrorDocument` (snyk/sweater-comb
 * components/common.yaml) carrying SNYK-0005, title "Authentication error", links.about .../scan-with-snyk/error-catalog#snyk-0005,
 * meta {classification ACTIONABLE, isErrorCatalogError} (snyk/error-catalog-golang-public snyk/snyk.go, snyk_errors/json_api_error.go).
 * The `detail` the REST API puts there is unconfirmed; this is the catalog's text.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': JSONAPI, 'snyk-request-id': '0f3a1c2e-4b5d-4e6f-8a9b-0c1d2e3f4a5b' },
  body: {
    jsonapi: { version: '1.0' },
    errors: [
      {
        id: '0f3a1c2e-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
        status: '401',
        code: 'SNYK-0005',
        title: 'Authentication error',
        detail: 'Authentication credentials not recognized, or user access is not provisioned.',
        links: { about: 'https://docs.snyk.io/scan-with-snyk/error-catalog#snyk-0005' },
        meta: { isErrorCatalogError: true, classification: 'ACTIONABLE' },
      },
    ],
  },
};

/** Checks the token (`Authorization: token …`) and the mandatory dated version, as the REST API does. */
function rest(handler: FakeHandler): FakeHandler {
  return (req) => {
    if (req.headers.authorization !== `token ${TOKEN}`) return unauthorized;
    if (!/^\d{4}-\d{2}-\d{2}(~beta|~experimental)?$/.test(req.query.version ?? '')) {
      return { status: 400, headers: { 'content-type': JSONAPI }, body: { jsonapi: { version: '1.0' }, errors: [{ status: '400', title: 'Bad Request', detail: 'Missing or invalid version parameter' }] } };
    }
    return handler(req);
  };
}

export const snykFake: VendorFake = {
  type: 'snyk',
  probe: 'GET /rest/self',
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { none: 'Snyk publishes one (api.snyk.io/rest/openapi/{version}); it is over the snapshot limit and not in shared/openapi' },
  spec: (url) => ({ auth: { base_url: url }, config: { org_id: '4a18d42f-0706-4ad0-b127-24078731fbed' } }),
  routes: () => ({
    'GET /rest/self': rest((req) => ({
      headers: {
        'content-type': JSONAPI,
        'snyk-version-requested': req.query.version,
        'snyk-version-served': req.query.version,
        'snyk-version-lifecycle-stage': 'ga',
        'snyk-request-id': '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      },
      body: {
        jsonapi: { version: '1.0' },
        data: {
          type: 'user',
          id: '55a348e2-c3ad-4bbc-b40e-9b232d1f4121',
          attributes: { name: 'secwire bot', username: 'secwire-bot', email: 'secwire-bot@acme.example', avatar_url: 'https://s.gravatar.com/avatar/0.png', default_org_context: '4a18d42f-0706-4ad0-b127-24078731fbed' },
        },
        links: { self: `/self?version=${req.query.version}` },
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'REST API 2024-10-15') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'secwire-bot@acme.example') throw new Error(`user ${result.user}`);
  },
};
