// Typed errors: kinds, actionable messages naming integration/vendor/status/method/path, no credential in any encoding.
import { afterEach, describe, expect, it } from 'vitest';
import { echoHeaders500 } from '../../test/fakes/behaviours.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../test/fakes/fake-server.js';
import { leakedForms } from '../../test/fakes/secret-forms.js';
import { Redactor, redactDeep } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpError, type HttpErrorKind } from './http-error.js';
import type { HttpClientOptions } from './types.js';

const TOKEN = 'ATATT3xFfGF0-s3cr3t-T0ken-9911';
const USER = 'secops-bot@acme.example';
const BASIC = `Basic ${Buffer.from(`${USER}:${TOKEN}`).toString('base64')}`;

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failing(routes: FakeRoutes, path: string, extra: Partial<HttpClientOptions> = {}): Promise<HttpError> {
  server = await startFakeServer({ routes });
  const http = createHttpClient({
    baseUrl: server.url,
    integration: 'jira-prod',
    vendor: 'Jira Cloud',
    headers: { Authorization: BASIC },
    retry: { retries: 0 },
    redactor: new Redactor(),
    ...extra,
  });
  const error = await http.get(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

/** Everything a user or a log could see of an error. */
function visible(error: HttpError): string {
  return `${error.message}\n${JSON.stringify(redactDeep(error))}\n${JSON.stringify(error.details)}`;
}

const cases: Array<[number, HttpErrorKind, RegExp]> = [
  [401, 'authentication', /authentication rejected\. Check the integration's credentials/],
  [403, 'permission', /permission missing\..*grant it/],
  [404, 'not_found', /not found\. Check the base URL/],
  [500, 'upstream', /upstream error from Jira Cloud\..*retry later/],
  [422, 'rejected', /request rejected/],
];

describe('typed errors with masked, actionable messages', () => {
  for (const [status, kind, advice] of cases) {
    it(`${status} → ${kind}`, async () => {
      const error = await failing(
        { 'GET /rest/api/3/myself': { status, body: { errorMessages: [`failed for token ${TOKEN}`] } } },
        `/rest/api/3/myself?expand=groups&access_token=${TOKEN}`,
      );
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.retryable).toBe(false);
      expect(error.message).toMatch(/^jira-prod \(Jira Cloud\): GET \/rest\/api\/3\/myself\?expand=groups&access_token=\*\*\* → \d{3} /);
      expect(error.message).toContain(String(status));
      expect(error.message).toMatch(advice);
      // The body excerpt is there, with the token redacted.
      expect(error.message).toContain('failed for token ***');
      expect(leakedForms(visible(error), TOKEN)).toEqual([]);
      expect(leakedForms(visible(error), `${USER}:${TOKEN}`)).toEqual([]);
    });
  }

  it('a server echoing the request headers in a 500 body leaks no credential, and the excerpt is truncated', async () => {
    const error = await failing({ 'GET /boom': echoHeaders500() }, '/boom', {
      headers: { Authorization: BASIC, 'X-ApiKeys': `accessKey=AK${TOKEN}; secretKey=SK${TOKEN}` },
    });
    expect(error.kind).toBe('upstream');
    expect(error.details.body).toBeDefined();
    expect(error.details.body!.length).toBeLessThanOrEqual(301);
    for (const secret of [TOKEN, USER, BASIC, `AK${TOKEN}`, `SK${TOKEN}`]) expect(leakedForms(visible(error), secret), secret).toEqual([]);
    // The fake really did send the credentials back: redaction, not luck, kept them out.
    expect(server!.requests[0]!.headers.authorization).toBe(BASIC);
  });

  it('strips terminal escapes and control characters from bodies', async () => {
    const error = await failing({ 'GET /x': { status: 400, body: 'bad\u001b[31m red\u0007\r\n input' } }, '/x');
    expect(error.details.body).toBe('bad red input');
  });

  it('registers credentials when the client is created, so the process-wide redactor masks them anywhere', async () => {
    const redactor = new Redactor();
    createHttpClient({ baseUrl: 'https://acme.example', integration: 'jira-prod', vendor: 'Jira Cloud', headers: { Authorization: BASIC }, redactor });
    expect(redactor.redact(`${TOKEN} ${USER} ${Buffer.from(TOKEN).toString('hex')} ${encodeURIComponent(`${USER}:${TOKEN}`)}`)).toBe('*** *** *** ***');
  });
});
