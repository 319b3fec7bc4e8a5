// Checkmarx SAST runtime beyond the conformance suite: the token cached for its lifetime, renewed when refused or expired,
// and every REST exchange checked against the published Swagger (the token endpoint is not in it).
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient, HttpError } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { recording } from '../../../test/conformance/recording.js';
import { checkmarxSastFake, checkmarxSastFakeValues } from '../../../test/conformance/fakes/checkmarx_sast.js';
import { hasDescription, loadDescription } from '../../../test/openapi/load-description.js';
import { openApiChecker, type Exchange } from '../../../test/openapi/openapi-checker.js';
import { createCheckmarxSastRuntime } from './runtime.js';

const SWAGGER = 'checkmarx-sast-swagger.json';
const { USERNAME, PASSWORD } = checkmarxSastFakeValues;

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(routes: FakeRoutes = checkmarxSastFake.routes(), exchanges: Exchange[] = []) {
  server = await startFakeServer({ routes: recording(routes, exchanges) });
  return server;
}

function context(url: string, password: string = PASSWORD) {
  const spec = { type: 'checkmarx_sast', auth: { base_url: url, username: USERNAME }, config: {} };
  const credentials = new Map([['auth.password', new TextEncoder().encode(password)]]);
  return connectorContext({ name: 'cx', type: 'checkmarx_sast', spec }, credentials, 'Checkmarx SAST', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), sleep: async () => {}, retry: { ...o.retry, retries: 1 } }),
  });
}

const tokenRequests = (s: FakeServer) => s.requests.filter((r) => r.path.endsWith('/connect/token')).length;

describe('checkmarx_sast runtime', () => {
  it('sends the password grant as a form, with the fixed client and the sast_rest_api scope', async () => {
    const s = await start();
    await createCheckmarxSastRuntime().testConnection!(context(s.url));
    const form = new URLSearchParams(s.requests[0]!.body);
    expect(s.requests[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'password',
      username: USERNAME,
      password: PASSWORD,
      scope: 'sast_rest_api',
      client_id: 'resource_owner_client',
      client_secret: '014DF517-39D1-4453-B7B3-9930C563627C',
    });
    expect(s.requests[0]!.path).not.toContain(PASSWORD);
    expect(Object.keys(s.requests[0]!.query)).toEqual([]);
  });

  it('keeps the token for its lifetime within one runtime instance', async () => {
    const s = await start();
    const runtime = createCheckmarxSastRuntime();
    await runtime.testConnection!(context(s.url));
    await runtime.testConnection!(context(s.url));
    expect(tokenRequests(s)).toBe(1);
    expect(s.requests.filter((r) => r.path === '/cxrestapi/system/version')).toHaveLength(2);
    // Another instance has its own cache.
    await createCheckmarxSastRuntime().testConnection!(context(s.url));
    expect(tokenRequests(s)).toBe(2);
  });

  it('logs in again once the token has expired (less a minute of margin)', async () => {
    const s = await start();
    let now = 1_000_000;
    const runtime = createCheckmarxSastRuntime(() => now);
    await runtime.testConnection!(context(s.url));
    now += 86_400_000 - 61_000;
    await runtime.testConnection!(context(s.url));
    expect(tokenRequests(s)).toBe(1);
    now += 2_000;
    await runtime.testConnection!(context(s.url));
    expect(tokenRequests(s)).toBe(2);
  });

  it('does not share a token between different passwords', async () => {
    const s = await start();
    const runtime = createCheckmarxSastRuntime();
    await runtime.testConnection!(context(s.url));
    await expect(runtime.testConnection!(context(s.url, 'wrong'))).rejects.toMatchObject({ kind: 'authentication', status: 400 });
    expect(tokenRequests(s)).toBe(2);
  });

  it('drops a cached token the server refuses and logs in once more', async () => {
    const routes = checkmarxSastFake.routes();
    const version = routes['GET /cxrestapi/system/version']!;
    let refuseNext = false;
    const s = await start({
      ...routes,
      'GET /cxrestapi/system/version': (req) => {
        if (refuseNext) {
          refuseNext = false;
          return { status: 401, body: '' };
        }
        return typeof version === 'function' ? version(req) : version;
      },
    });
    const runtime = createCheckmarxSastRuntime();
    await runtime.testConnection!(context(s.url));
    refuseNext = true;
    const result = await runtime.testConnection!(context(s.url));
    expect(result.ok).toBe(true);
    expect(tokenRequests(s)).toBe(2);
  });

  it('a refused password is an authentication error naming the OAuth error, without the password', async () => {
    const s = await start();
    const error = await createCheckmarxSastRuntime().testConnection!(context(s.url, 'not-the-password')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('authentication');
    expect((error as HttpError).message).toContain('invalid_grant');
    expect((error as HttpError).message).not.toContain('not-the-password');
  });

  it('another OAuth error (e.g. a changed client) is a rejected request', async () => {
    const s = await start({ ...checkmarxSastFake.routes(), 'POST /cxrestapi/auth/identity/connect/token': { status: 400, body: { error: 'invalid_client' } } });
    await expect(createCheckmarxSastRuntime().testConnection!(context(s.url))).rejects.toMatchObject({ kind: 'rejected', status: 400 });
  });

  it('accepts a base_url that already ends in /cxrestapi', async () => {
    const s = await start();
    const result = await createCheckmarxSastRuntime().testConnection!(context(`${s.url}/cxrestapi/`));
    expect(result.vendor_version).toBe('CxSAST 9.6.0.1000 HF3 (engine pack 9.6.0.12)');
    s.assertNoUnexpected();
  });

  it.skipIf(!hasDescription(SWAGGER))(`every REST request and fake response matches the published Swagger (${SWAGGER}); only the token endpoint is outside it`, async () => {
    const exchanges: Exchange[] = [];
    const s = await start(checkmarxSastFake.routes(), exchanges);
    await createCheckmarxSastRuntime().testConnection!(context(s.url));
    const checker = openApiChecker(loadDescription(SWAGGER), { prefixes: ['/cxrestapi'] });
    const [token, ...rest] = exchanges;
    expect(token!.path).toBe('/cxrestapi/auth/identity/connect/token');
    expect(checker.match('POST', token!.path)).toBeUndefined();
    // The Swagger names the token URL only in securityDefinitions (…/CxRestAPI/auth/identity/connect/token).
    const tokenUrl = (loadDescription(SWAGGER).securityDefinitions as Record<string, { tokenUrl?: string }>).Bearer?.tokenUrl ?? '';
    expect(tokenUrl.toLowerCase()).toContain('/cxrestapi/auth/identity/connect/token');
    expect(rest.length).toBeGreaterThan(0);
    expect(checker.assertConforms(rest).map((o) => `${o.method} ${o.template}`)).toEqual(['GET /system/version']);
  });
});
