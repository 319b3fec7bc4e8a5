// The fake server itself: route table, request log, 599 for the unexpected, behaviours, TLS.
import { afterEach, describe, expect, it } from 'vitest';
import { echoHeaders500, flaky, hang, rateLimited, redirect, reset, tokenBucket } from './behaviours.js';
import { startFakeServer, UNEXPECTED_STATUS, type FakeServer } from './fake-server.js';
import { compileRoute } from './route-table.js';
import { hasOpenssl, testPki } from './test-pki.js';
import { leakedForms } from './secret-forms.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('route table', () => {
  it('matches methods and {params}, decoding them', () => {
    const route = compileRoute('GET /rest/api/3/issue/{key}/comment/{id}', 'h');
    expect(route.match('GET', '/rest/api/3/issue/SEC-1/comment/10%2F2')).toEqual({ key: 'SEC-1', id: '10/2' });
    expect(route.match('POST', '/rest/api/3/issue/SEC-1/comment/1')).toBeNull();
    expect(route.match('GET', '/rest/api/3/issue/SEC-1')).toBeNull();
    expect(compileRoute('* /any.thing', 'h').match('DELETE', '/any.thing')).toEqual({});
    expect(compileRoute('* /any.thing', 'h').match('DELETE', '/anyXthing')).toBeNull();
    expect(() => compileRoute('get /lower', 'h')).toThrow(/must look like/);
  });
});

describe('startFakeServer', () => {
  it('answers from the route table and logs method, path, query, headers and body', async () => {
    server = await startFakeServer({ routes: { 'POST /api/{thing}': (req) => ({ status: 201, body: { got: req.json, thing: req.params.thing, n: req.n } }) } });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/widgets?x=1`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test': 'yes' }, body: '{"a":1}' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ got: { a: 1 }, thing: 'widgets', n: 1 });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/widgets', query: { x: '1' }, body: '{"a":1}', route: 'POST /api/{thing}' });
    expect(server.requests[0]!.headers['x-test']).toBe('yes');
    server.assertNoUnexpected();
  });

  it('answers 599 to anything unexpected, and assertNoUnexpected fails listing it', async () => {
    server = await startFakeServer({ routes: { 'GET /known': { body: {} } } });
    expect((await fetch(`${server.url}/unknown?q=1`)).status).toBe(UNEXPECTED_STATUS);
    expect((await fetch(`${server.url}/known`, { method: 'DELETE' })).status).toBe(UNEXPECTED_STATUS);
    expect(server.unexpected).toHaveLength(2);
    expect(() => server!.assertNoUnexpected()).toThrow(/2 unexpected request\(s\):\n {2}GET \/unknown\?q=1\n {2}DELETE \/known/);
  });

  it('routes can be added later', async () => {
    server = await startFakeServer({ routes: {} });
    server.route('GET /late', { body: 'here' });
    expect(await (await fetch(`${server.url}/late`)).text()).toBe('here');
  });

  it('behaviours: rate limit, flaky, redirect, echo, reset, hang, delay', async () => {
    server = await startFakeServer({
      routes: {
        'GET /limited': rateLimited(2, 9, { body: 'ok' }),
        'GET /flaky': flaky(1, { body: 'ok' }, 502),
        'GET /moved': redirect('https://elsewhere.example/x', 301),
        'GET /echo': echoHeaders500(),
        'GET /reset': reset(),
        'GET /hang': hang(),
        'GET /slow': { delayMs: 120, body: 'late' },
      },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/limited`)).status);
    expect(statuses).toEqual([429, 429, 200]);
    expect((await fetch(`${server.url}/limited`)).headers.get('retry-after')).toBeNull();
    expect([(await fetch(`${server.url}/flaky`)).status, (await fetch(`${server.url}/flaky`)).status]).toEqual([502, 200]);
    const moved = await fetch(`${server.url}/moved`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, 'https://elsewhere.example/x']);
    const echoed = await fetch(`${server.url}/echo`, { headers: { authorization: 'Bearer echo-me' } });
    expect([echoed.status, (await echoed.text()).includes('Bearer echo-me')]).toEqual([500, true]);
    await expect(fetch(`${server.url}/reset`)).rejects.toThrow();
    await expect(fetch(`${server.url}/hang`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    const started = performance.now();
    expect(await (await fetch(`${server.url}/slow`)).text()).toBe('late');
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('rate limits with a token bucket, per route or for the whole server', async () => {
    let clock = 0;
    server = await startFakeServer({ routes: { 'GET /bucket': tokenBucket(2, { body: 'ok' }, 2, () => clock) } });
    const route = [];
    for (let i = 0; i < 3; i++) route.push((await fetch(`${server.url}/bucket`)).status);
    expect(route).toEqual([200, 200, 429]);
    clock += 500; // one token back at 2 per second
    expect((await fetch(`${server.url}/bucket`)).status).toBe(200);
    await server.close();
    server = await startFakeServer({ routes: { 'GET /a': { body: 'ok' }, 'GET /b': { body: 'ok' } }, rateLimit: { perSecond: 1, burst: 2, retryAfterSeconds: 3 } });
    const all = [];
    for (const path of ['/a', '/b', '/a']) all.push(await fetch(`${server.url}${path}`));
    expect(all.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(all[2]!.headers.get('retry-after')).toBe('3');
  });

  it('close() ends hanging requests', async () => {
    server = await startFakeServer({ routes: { 'GET /hang': hang() } });
    const pending = fetch(`${server.url}/hang`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    server = undefined;
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe.skipIf(!hasOpenssl())('TLS fakes', () => {
  it('serves https with a test CA and records a client certificate when it asks for one', async () => {
    const pki = testPki();
    expect(pki.caCert).toMatch(/^-----BEGIN CERTIFICATE-----/);
    server = await startFakeServer({ routes: { 'GET /x': { body: 'secure' } }, tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert, requestCert: true } });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const https = await import('node:https');
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(`${server!.url}/x`, { ca: pki.caCert, cert: pki.clientCert, key: pki.clientKey }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(text));
        })
        .on('error', reject);
    });
    expect(body).toBe('secure');
    expect(server.requests[0]!.clientCert).toEqual({ subject: pki.clientName, authorized: true });
  });
});

describe('secret forms', () => {
  it('finds a secret in any common encoding', () => {
    const secret = 'p@ss word/+1';
    expect(leakedForms('nothing here', secret)).toEqual([]);
    for (const form of [secret, Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex'), encodeURIComponent(secret)]) {
      expect(leakedForms(`x ${form} y`, secret).length).toBeGreaterThan(0);
    }
  });
});
