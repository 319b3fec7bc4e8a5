// A credential a connector sends in a request body (an OAuth form, a login JSON) is masked like a header credential:
// the context registers every secret of the integration with each client it makes.
import { afterEach, expect, it } from 'vitest';
import { connectorContext } from '../../src/engine/connection-tester.js';
import { createHttpClient } from '../../src/http/index.js';
import { Redactor } from '../../src/secrets/redactor.js';
import { echoBody500 } from '../fakes/behaviours.js';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';
import { leakedForms } from '../fakes/secret-forms.js';

const CANARY = 'CANARY-body-7c41e9-never-print';
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function postPasswordGrant(registerContextSecrets: boolean): Promise<string> {
  server = await startFakeServer({ routes: { 'POST /oauth/token': echoBody500() } });
  const credentials = new Map([['auth.password', new TextEncoder().encode(CANARY)]]);
  const ctx = connectorContext({ name: 'sast-canary', type: 'checkmarx_sast', spec: { type: 'checkmarx_sast', auth: { username: 'bot' } } }, credentials, 'Vendor', {
    createClient: (o) => createHttpClient({ ...o, ...(registerContextSecrets ? {} : { secrets: [] }), redactor: new Redactor(), retry: { retries: 0 } }),
  });
  const http = ctx.http({ baseUrl: server.url, headers: { accept: 'application/json' } });
  const form = new URLSearchParams({ grant_type: 'password', username: 'bot', password: String(ctx.auth.password) });
  try {
    await http.post('/oauth/token', form);
  } catch (error) {
    return `${(error as Error).message}\n${JSON.stringify((error as { details?: unknown }).details)}`;
  }
  throw new Error('the fake answered 500, so the post must fail');
}

it('masks a password sent in a form body when the vendor echoes the body in its error', async () => {
  const text = await postPasswordGrant(true);
  expect(text).toMatch(/500/);
  expect(text).toContain('sast-canary');
  expect(leakedForms(text, CANARY)).toEqual([]);
});

it('would show it without the registration (the echo does reach the message)', async () => {
  const text = await postPasswordGrant(false);
  expect(leakedForms(text, CANARY).length).toBeGreaterThan(0);
});
