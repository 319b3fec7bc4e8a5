// Fake Fortify Software Security Center for the pull_only conformance suite (SSC serves its own Swagger UI; none in shared/openapi).
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const TOKEN = 'NmQ4ZTJjMWEtOWI3Zi00YzNlLThkMmEtMWYwZTljOGI3YTZk';

/**
 * SSC's answer to a missing, unknown or expired token: 401 with its `ApiResult` envelope ({message, responseCode, errorCode, …}),
 * as every operation of SSC's own OpenAPI declares (fortify/ssc-restapi-client src/swagger/spec.json). The message wording and
 * the errorCode value are unconfirmed.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'application/json;charset=UTF-8' },
  body: { message: 'Access Denied. Unauthorized access', responseCode: 401, errorCode: -10100 },
};

/** SSC's date format (2026-01-31T10:00:00.000+0000), `days` from now so the fake never ages into an expiry warning. */
function sscDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+0000');
}

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === `FortifyToken ${TOKEN}` ? handler(req) : unauthorized);
}

export const fortifyFake: VendorFake = {
  type: 'fortify',
  probe: 'GET /ssc/api/v1/projects',
  authFailure: unauthorized,
  secrets: { 'auth.token': TOKEN },
  openapi: { none: 'Fortify SSC serves its Swagger on each server; no copy in shared/openapi' },
  spec: (url) => ({ auth: { base_url: `${url}/ssc` }, config: { project_version_ids: ['10042'] } }),
  routes: () => ({
    'GET /ssc/api/v1/projects': authed((req) => {
      if (req.query.limit !== '1') return { status: 400, body: { message: 'fake SSC: expected limit=1', responseCode: 400 } };
      return {
        body: {
          data: [
            {
              id: 12,
              name: 'acme-payments',
              description: 'Payments service',
              creationDate: '2025-03-04T10:21:07.000+0000',
              createdBy: 'admin',
              issueTemplateId: 'Prioritized-HighRisk-Project-Template',
              _href: 'https://fortify.acme.example/ssc/api/v1/projects/12',
            },
          ],
          count: 7,
          responseCode: 200,
          links: { next: { href: 'https://fortify.acme.example/ssc/api/v1/projects?limit=1&start=1' }, last: { href: 'https://fortify.acme.example/ssc/api/v1/projects?limit=1&start=6' } },
        },
      };
    }),
    // SSC after 23.2: the calling token's own record, SSC's TokenDataResponse (integer id; remainingUsages -1 = unlimited).
    'POST /ssc/api/v1/userSession/tokenData': authed(() => ({
      body: {
        data: { id: 4201, type: 'CIToken', description: 'secwire pull', creationDate: sscDate(-30), terminalDate: sscDate(200), remainingUsages: -1 },
        responseCode: 200,
      },
    })),
  }),
  expectResult(result) {
    if (result.license !== '7 applications visible') throw new Error(`license ${result.license}`);
    if (result.vendor_version !== 'Fortify SSC REST API v1') throw new Error(`vendor_version ${result.vendor_version}`);
    if (!result.user?.includes('CIToken')) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
