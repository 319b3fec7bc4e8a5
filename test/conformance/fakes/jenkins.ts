// Fake Jenkins (remote access API, JSON views) for the asset_source conformance suite; Jenkins publishes no API description.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USER = 'svc-secwire';
const API_TOKEN = '11a8f3c2d4e5b6a7980c1d2e3f4a5b6c7d';
const VERSION = '2.492.3';

/**
 * Headers Jenkins sets on every remote-API answer (hudson.model.Api#setHeaders, jenkinsci/jenkins
 * core/src/main/java/hudson/model/Api.java); X-Hudson is only sent on UI pages, not here.
 */
const API_HEADERS = { 'x-jenkins': VERSION, 'x-jenkins-session': '3f1a9c2e', 'x-content-type-options': 'nosniff', 'x-frame-options': 'deny' };

/**
 * A wrong user or API token: BasicHeaderProcessor fails the request through Spring Security's
 * BasicAuthenticationEntryPoint (realm "Jenkins"), which sends 401 with the reason phrase only (current
 * Spring Security); Jetty renders it as its error page. Older Jenkins (Acegi) put "Invalid password/token for
 * user: …" in the message instead. The filter runs before Stapler's Api, so no X-Jenkins header.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { 'content-type': 'text/html;charset=utf-8', 'www-authenticate': 'Basic realm="Jenkins"' },
  body: [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
    '<title>Error 401 Unauthorized</title>',
    '</head>',
    '<body><h2>HTTP ERROR 401 Unauthorized</h2>',
    '<table>',
    '<tr><th>URI:</th><td>/api/json</td></tr>',
    '<tr><th>STATUS:</th><td>401</td></tr>',
    '<tr><th>MESSAGE:</th><td>Unauthorized</td></tr>',
    '<tr><th>SERVLET:</th><td>Stapler</td></tr>',
    '</table>',
    '',
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
    return { ...answer, headers: { ...API_HEADERS, 'content-type': 'application/json;charset=utf-8', ...answer.headers } };
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
      // hudson.security.WhoAmI's exported fields; toString is Spring's Authentication#toString (free text, never read).
      body: {
        _class: 'hudson.security.WhoAmI',
        anonymous: false,
        authenticated: true,
        authorities: ['authenticated'],
        details: null,
        name: USER,
        toString: `UsernamePasswordAuthenticationToken [Principal=${USER}, Credentials=[PROTECTED], Authenticated=true, Details=null, Granted Authorities=[authenticated]]`,
      },
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== `Jenkins ${VERSION}`) throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USER) throw new Error(`user ${result.user}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
