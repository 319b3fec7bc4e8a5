// Qualys about.php parsing (versions, user from the trailing comment, no entity expansion) and the connection result.
import { describe, expect, it } from 'vitest';
import { connectionResult, parseAbout } from './mapper.js';

const ABOUT = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE ABOUT SYSTEM "https://qualysapi.qualys.com/about.dtd">
<ABOUT>
  <API-VERSION MAJOR="1" MINOR="4" />
  <WEB-VERSION>7.10.61-1</WEB-VERSION>
  <SCANNER-VERSION>7.1.10-1</SCANNER-VERSION>
  <VULNSIGS-VERSION>2.2.475-2</VULNSIGS-VERSION>
</ABOUT>
<!-- Generated for username="acme_ab12" date="2013-07-03T10:31:57Z" -->`;

describe('qualys parseAbout', () => {
  it('reads the versions and the user', () => {
    expect(parseAbout(ABOUT)).toEqual({ apiVersion: '1.4', webVersion: '7.10.61-1', scannerVersion: '7.1.10-1', vulnsigsVersion: '2.2.475-2', username: 'acme_ab12' });
  });

  it('expands no entity and ignores anything that is not the expected element', () => {
    const hostile = `<?xml version="1.0"?><!DOCTYPE ABOUT [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY big "&x;&x;&x;">]>
<ABOUT><WEB-VERSION>&big;</WEB-VERSION><SCANNER-VERSION>&lt;b&gt;1&amp;2</SCANNER-VERSION></ABOUT>`;
    expect(parseAbout(hostile)).toEqual({ webVersion: '&big;', scannerVersion: '<b>1&2' });
    expect(parseAbout('')).toEqual({});
    expect(parseAbout('not xml at all')).toEqual({});
  });
});

describe('qualys connectionResult', () => {
  it('names the web version with the API, scanner and signature versions', () => {
    expect(connectionResult(parseAbout(ABOUT), 'configured', 30.4)).toEqual({
      ok: true,
      latency_ms: 30,
      vendor_version: '7.10.61-1 (API 1.4, scanner 7.1.10-1, signatures 2.2.475-2)',
      user: 'acme_ab12',
      warnings: [],
    });
  });

  it('reports the code and text of a SIMPLE_RETURN answered instead of the versions', () => {
    // Qualys answers an expired account with HTTP 200 and this body (recorded on API v2 in JupiterOne-Archives/graph-qualys).
    const expired = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE SIMPLE_RETURN SYSTEM "https://qualysapi.qg3.apps.qualys.com/api/2.0/simple_return.dtd">
<SIMPLE_RETURN>
  <RESPONSE>
    <DATETIME>2020-11-23T18:29:09Z</DATETIME>
    <CODE>2001</CODE>
    <TEXT>This account has expired.</TEXT>
  </RESPONSE>
</SIMPLE_RETURN>
`;
    expect(parseAbout(expired)).toEqual({ returnCode: '2001', returnText: 'This account has expired.' });
    expect(connectionResult(parseAbout(expired), 'acme_ab12', 1).warnings).toEqual(['GET /msp/about.php answered Qualys code 2001 instead of the versions: This account has expired.']);
    expect(parseAbout(ABOUT)).not.toHaveProperty('returnCode');
  });

  it('falls back to the configured user and warns when no version came back', () => {
    const r = connectionResult({}, 'acme_ab12', 1);
    expect(r).toMatchObject({ vendor_version: 'unknown', user: 'acme_ab12' });
    expect(r.warnings).toEqual([expect.stringContaining('base_url')]);
  });
});
