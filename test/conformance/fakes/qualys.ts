// Fake Qualys VMDR API server for the scanner conformance suite: no published description. about.php as in the
// paragbaxi/qualysapi README sample (elements as read by Qualys/community about/about.pl); the 401 challenge realm as
// Qualys/community kbstats/kbstats.pl expects it for /msp/; the 401 body and headers as recorded from a real platform in
// JupiterOne-Archives/graph-qualys src/provider/__recordings__/verifyAuthenticationInaccesible_1787272724/recording.har.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const USERNAME = 'acme_ab12';
const PASSWORD = 'Qv9!pX2#rT7$wL4z';

const XML = { 'content-type': 'text/xml;charset=UTF-8' };

/**
 * What Qualys answers to a wrong user name or password: 401, SIMPLE_RETURN with CODE 2000 "Bad Login/Password" (as
 * recorded on API v2; that /msp/, API v1, sends the same envelope is assumed), and the realm "MSP Front Office" for /msp/.
 */
const unauthorized: FakeResponse = {
  status: 401,
  headers: { ...XML, server: 'Qualys', 'www-authenticate': 'Basic realm="MSP Front Office"' },
  body: `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE SIMPLE_RETURN SYSTEM "https://qualysapi.qualys.com/api/2.0/simple_return.dtd">
<SIMPLE_RETURN>
  <RESPONSE>
    <DATETIME>2026-12-04T17:00:00Z</DATETIME>
    <CODE>2000</CODE>
    <TEXT>Bad Login/Password</TEXT>
  </RESPONSE>
</SIMPLE_RETURN>
`,
};

/** Answers only requests with the Basic credentials and the mandatory X-Requested-With header. */
function authed(handler: FakeHandler): FakeHandler {
  const expected = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}`;
  return (req) => {
    if (req.headers.authorization !== expected) return unauthorized;
    // Qualys's answer to a missing X-Requested-With is unconfirmed; the client always sends it.
    if (!req.headers['x-requested-with']) {
      return { status: 400, headers: XML, body: '<SIMPLE_RETURN><RESPONSE><TEXT>Please add the X-Requested-With header.</TEXT></RESPONSE></SIMPLE_RETURN>' };
    }
    return handler(req);
  };
}

export const qualysFake: VendorFake = {
  type: 'qualys',
  probe: 'GET /msp/about.php',
  authFailure: unauthorized,
  secrets: { 'auth.password': PASSWORD },
  openapi: { none: 'Qualys publishes no OpenAPI description of the VM API (PROVENANCE.md, "Not collected")' },
  spec: (url) => ({ auth: { base_url: url, username: USERNAME }, config: { option_profile_id: 123456 } }),
  routes: () => ({
    'GET /msp/about.php': authed(() => ({
      headers: { ...XML, 'x-ratelimit-limit': '300', 'x-ratelimit-window-sec': '3600', 'x-ratelimit-remaining': '299', 'x-concurrency-limit-limit': '2', 'x-concurrency-limit-running': '0' },
      body: `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE ABOUT SYSTEM "https://qualysapi.qualys.com/about.dtd">
<ABOUT>
  <API-VERSION MAJOR="1" MINOR="4" />
  <WEB-VERSION>10.32.2.0-1</WEB-VERSION>
  <SCANNER-VERSION>13.3.31-1</SCANNER-VERSION>
  <VULNSIGS-VERSION>2.6.312-3</VULNSIGS-VERSION>
</ABOUT>
<!-- Generated for username="${USERNAME}" date="2026-12-04T17:00:00Z" -->
<!-- CONFIDENTIAL AND PROPRIETARY INFORMATION. Qualys provides the QualysGuard Service "As Is," without any warranty of any kind. -->
`,
    })),
  }),
  expectResult(result) {
    if (result.vendor_version !== '10.32.2.0-1 (API 1.4, scanner 13.3.31-1, signatures 2.6.312-3)') throw new Error(`vendor_version ${result.vendor_version}`);
    if (result.user !== USERNAME) throw new Error(`user ${result.user}`);
  },
};
