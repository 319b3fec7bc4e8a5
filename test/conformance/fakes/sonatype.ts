// Fake Sonatype Lifecycle (Nexus IQ Server) for the pull_only conformance suite, checked against sonatype-iq-openapi.yaml.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USERNAME = 'Vq3bX9aL';
const PASSCODE = 'k2Jd8fQz1RwY7mTn4PcH6sVb0LxE9uGaN3oZ5iKe';
const BASIC = `Basic ${Buffer.from(`${USERNAME}:${PASSCODE}`).toString('base64')}`;

/**
 * IQ Server's answer to wrong credentials: 401, a plain-text message and deliberately no WWW-Authenticate header
 * (IQ Server's UserFriendlyBasicHttpAuthenticationFilter / LoginErrorResponseHandler, ErrorResponseGenerator.MSG_LOGIN_FAILURE_DEFAULT).
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'text/plain;charset=UTF-8' },
  body: 'Invalid credentials. Please try again.',
};

function basic(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === BASIC ? handler(req) : unauthorized);
}

export const sonatypeFake: VendorFake = {
  type: 'sonatype',
  probe: 'GET /api/v2/organizations',
  authFailure: unauthorized,
  secrets: { 'auth.password': PASSCODE },
  // /rest/product/version is IQ Server's anonymous version resource, not part of the public REST API description.
  openapi: { file: 'sonatype-iq-openapi.yaml', outside: ['/rest/product/version'] },
  spec: (url) => ({ auth: { base_url: url, username: USERNAME }, config: { application_ids: ['payments-service'], stage: 'build' } }),
  routes: () => ({
    'GET /api/v2/organizations': basic(() => ({
      headers: { 'content-type': 'application/json' },
      body: {
        organizations: [
          { id: 'ROOT_ORGANIZATION_ID', name: 'Root Organization', tags: [] },
          { id: 'f48d5a8e0e6a4b4f9b0d2c3a1e7f6a5b', name: 'Payments', parentOrganizationId: 'ROOT_ORGANIZATION_ID', tags: [{ id: '1c6e', name: 'Distributed', description: 'Shipped to customers', color: 'yellow' }] },
        ],
      },
    })),
    // Answers anonymous callers too (IQ Server's VersionResource); fields as in sonatype/jenkins-nexus-platform-plugin's IQ mock.
    'GET /rest/product/version': {
      body: { tag: '3f6c2a9e0b1d4c5e8a7f6b5c4d3e2f1a0b9c8d7e', version: '1.182.0-01', name: 'sonatype-clm-server', timestamp: '202410081503', build: 'build-number' },
    },
  }),
  expectResult(result) {
    if (result.vendor_version !== 'IQ Server 1.182.0-01') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USERNAME) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
