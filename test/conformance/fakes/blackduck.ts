// Fake Black Duck SCA server for the pull_only conformance suite (no published description in shared/openapi).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_TOKEN = 'ZjNkYjJhYzEtOWU0Ny00YzFhLWI4ZDMtYmxhY2tkdWNrOmNvbmZvcm1hbmNl==';
const BEARER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMtc2Vjd2lyZSJ9.bd-bearer-conformance';
const CSRF = '3b1f6c2e-9a4d-4e7b-8c5f-0d2a1b3c4e5f';

/**
 * Black Duck's error document for an unknown or expired API token. The shape ({errorMessage, arguments, errors,
 * errorCode "{core.rest.…}"}) is Black Duck's (blackduck-common test fixtures). `{core.rest.unauthorized}` is the code of a
 * permission refusal (blackduck-common BlackDuckRegistrationService), so a refused credential gets `{core.rest.unauthenticated}`,
 * the code a recorded 401 for a refused login carries; that the token endpoint sends the same code is unconfirmed.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json;charset=UTF-8' },
  body: { errorMessage: 'Unauthorized', arguments: {}, errors: [], errorCode: '{core.rest.unauthenticated}' },
};

/** Later calls carry the bearer token and the CSRF token the authentication answer handed out. */
function bearer(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `Bearer ${BEARER}` && req.headers['x-csrf-token'] === CSRF ? handler(req) : unauthorized);
}

export const blackduckFake: VendorFake = {
  type: 'blackduck',
  probe: 'POST /api/tokens/authenticate',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { none: 'Black Duck publishes no OpenAPI file; each server documents its REST API at /api-doc/public.html' },
  spec: (url) => ({ auth: { base_url: url }, config: { project_names: ['payments-service'] } }),
  routes: () => ({
    'POST /api/tokens/authenticate': (req) =>
      req.headers.authorization === `token ${API_TOKEN}`
        ? { headers: { 'content-type': 'application/json', 'x-csrf-token': CSRF }, body: { bearerToken: BEARER, expiresInMilliseconds: 7_199_998 } }
        : unauthorized,
    'GET /api/current-version': bearer(() => ({ headers: { 'content-type': 'application/json' }, body: { version: '2024.10.1' } })),
    'GET /api/current-user': bearer(() => ({
      headers: { 'content-type': 'application/vnd.blackducksoftware.user-4+json' },
      body: {
        userName: 'svc-secwire',
        externalUserName: 'svc-secwire',
        firstName: 'secwire',
        lastName: 'bot',
        email: 'svc-secwire@acme.example',
        type: 'INTERNAL',
        active: true,
        _meta: { allow: ['GET'], href: '/api/users/6b1b1e1a-0c5d-4f4e-9f61-2f3c0b1d2e3f', links: [] },
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== 'Black Duck 2024.10.1') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== 'svc-secwire (secwire bot)') throw new Error(`user ${result.user}`);
  },
};
