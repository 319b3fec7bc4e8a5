// Fake Jenkins (remote access API, JSON views) for the asset_source conformance suite; Jenkins publishes no API description.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USER = 'svc-secwire';
const API_TOKEN = '11a8f3c2d4e5b6a7980c1d2e3f4a5b6c7d';
const VERSION = '2.492.3';

/** Headers every Jenkins response carries (version in X-Jenkins). */
const JENKINS_HEADERS = { 'x-jenkins': VERSION, 'x-hudson': '1.395', 'x-jenkins-session': '3f1a9c2e', 'x-content-type-options': 'nosniff' };

/** What Jenkins (Jetty) answers to a wrong API token: an HTML error page and a Basic challenge. */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { ...JENKINS_HEADERS, 'content-type': 'text/html;charset=iso-8859-1', 'www-authenticate': 'Basic realm="Jenkins"' },
  body: [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>',
    `<title>Error 401 Invalid password/token for user: ${USER}</title>`,
    '</head>',
    `<body><h2>HTTP ERROR 401 Invalid password/token for user: ${USER}</h2>`,
    '<table>',
    '<tr><th>URI:</th><td>/api/json</td></tr>',
    '<tr><th>STATUS:</th><td>401</td></tr>',
    `<tr><th>MESSAGE:</th><td>Invalid password/token for user: ${USER}</td></tr>`,
    '<tr><th>SERVLET:</th><td>Stapler</td></tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n'),
};

/** Answers only requests carrying the Basic username:api_token, as Jenkins does. */
function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USER}:${API_TOKEN}`).toString('base64')}`;
  return async (req) => {
    if (req.headers.authorization !== expected) return unauthorized;
    const answer = await handler(req);
    return { ...answer, headers: { ...JENKINS_HEADERS, 'content-type': 'application/json;charset=utf-8', ...answer.headers } };
  };
}

export const jenkinsFake: VendorFake = {
  type: 'jenkins',
  probe: 'GET /api/json',
  authFailure: unauthorized,
  secrets: { 'auth.api_token': API_TOKEN },
  openapi: { none: 'Jenkins publishes no OpenAPI description of its remote access API' },
  spec: (url) => ({ auth: { base_url: url, username: USER }, config: { jobs: ['payments/main'] } }),
  routes: () => ({
    'GET /api/json': authed((req) =>
      req.query.tree === 'mode,nodeName,useSecurity'
        ? { body: { _class: 'hudson.model.Hudson', mode: 'NORMAL', nodeName: '', useSecurity: true } }
        : { status: 400, body: 'unexpected tree' },
    ),
    'GET /whoAmI/api/json': authed(() => ({
      body: { _class: 'hudson.security.WhoAmI', anonymous: false, authenticated: true, authorities: ['authenticated'], details: null, name: USER, toString: `${USER}` },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== `Jenkins ${VERSION}`) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USER) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
