// Proxies over loopback fakes: CONNECT tunnels, absolute-form HTTP, NO_PROXY, proxy auth and refusals.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeProxy, type FakeProxy } from '../../test/fakes/fake-proxy.js';
import { startFakeServer, type FakeServer } from '../../test/fakes/fake-server.js';
import { tableLookup } from '../../test/fakes/table-lookup.js';
import { hasOpenssl, testPki } from '../../test/fakes/test-pki.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpError } from './http-error.js';
import type { HttpClientOptions } from './types.js';

const TOKEN = 'snyk-t0ken-0a1b2c3d4e5f';
let closers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c.close()));
  closers = [];
});

async function track<T extends { close(): Promise<void> }>(thing: Promise<T>): Promise<T> {
  const t = await thing;
  closers.push(t);
  return t;
}

/** The proxy sends every target to the fake server on loopback; locally the vendor's name resolves to a public test address. */
async function setup(tls: boolean, proxyAuthorization?: string): Promise<{ server: FakeServer; proxy: FakeProxy; base: (extra: Partial<HttpClientOptions>) => HttpClientOptions }> {
  const pki = tls ? testPki() : undefined;
  const server = await track(startFakeServer({ routes: { 'GET /rest/self': { body: { data: { id: 'me' } } } }, ...(pki ? { tls: { key: pki.serverKey, cert: pki.serverCert } } : {}) }));
  const proxy = await track(startFakeProxy({ resolve: () => ({ host: '127.0.0.1', port: server.port }), ...(proxyAuthorization ? { proxyAuthorization } : {}) }));
  const base = (extra: Partial<HttpClientOptions>): HttpClientOptions => ({
    baseUrl: `${tls ? 'https' : 'http'}://api.vendor.test:${server.port}`,
    integration: 'snyk-org',
    vendor: 'Snyk',
    headers: { Authorization: `token ${TOKEN}` },
    lookup: tableLookup({ 'api.vendor.test': ['203.0.113.10'] }),
    retry: { retries: 0 },
    redactor: new Redactor(),
    ...(pki ? { tls: { caPem: pki.caCert } } : {}),
    ...extra,
  });
  return { server, proxy, base };
}

describe.skipIf(!hasOpenssl())('HTTPS_PROXY', () => {
  it('an https request goes through the proxy as a CONNECT tunnel; the credentials stay inside TLS', async () => {
    const { server, proxy, base } = await setup(true);
    const http = createHttpClient(base({ env: { HTTPS_PROXY: proxy.url } }));
    expect((await http.get('/rest/self')).body).toEqual({ data: { id: 'me' } });
    expect((await http.get('/rest/self')).status).toBe(200);
    expect(proxy.log.map((e) => [e.kind, e.target])).toEqual([['connect', `api.vendor.test:${server.port}`]]); // one tunnel, kept alive
    expect(JSON.stringify(proxy.log)).not.toContain(TOKEN);
    expect(server.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('NO_PROXY sends matching hosts direct', async () => {
    const { server, proxy, base } = await setup(true);
    const http = createHttpClient(base({ env: { HTTPS_PROXY: proxy.url, NO_PROXY: '.vendor.test' }, lookup: tableLookup({ 'api.vendor.test': ['127.0.0.1'] }) }));
    expect((await http.get('/rest/self')).status).toBe(200);
    expect(proxy.log).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('a proxy with user:password gets Proxy-Authorization, and the proxy password is redacted from messages', async () => {
    const auth = `Basic ${Buffer.from('corp-user:pr0xy-pa55word').toString('base64')}`;
    const { proxy, base } = await setup(true, auth);
    const withAuth = proxy.url.replace('http://', 'http://corp-user:pr0xy-pa55word@');
    const redactor = new Redactor();
    const http = createHttpClient(base({ env: { HTTPS_PROXY: withAuth }, redactor }));
    expect((await http.get('/rest/self')).status).toBe(200);
    expect(proxy.log[0]!.headers['proxy-authorization']).toBe(auth);
    expect(redactor.redact('pr0xy-pa55word')).toBe('***');
  });

  it('a proxy refusing the tunnel is a network error naming the proxy', async () => {
    const { proxy, base } = await setup(true, 'Basic bm9ib2R5Om5vdGhpbmc=');
    const error = (await createHttpClient(base({ env: { HTTPS_PROXY: proxy.url } })).get('/rest/self').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/proxy 127\.0\.0\.1:\d+ refused the tunnel to api\.vendor\.test:\d+: 407 Proxy Authentication Required/);
  });

  it('a name that resolves to a metadata address is refused even through a proxy', async () => {
    const { proxy, base } = await setup(true);
    const http = createHttpClient(base({ env: { HTTPS_PROXY: proxy.url }, lookup: tableLookup({ 'api.vendor.test': ['169.254.169.254'] }) }));
    const error = (await http.get('/rest/self').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('destination');
    expect(proxy.log).toEqual([]);
  });
});

describe('HTTP_PROXY', () => {
  it('a plain-http request goes to the proxy with its absolute URL', async () => {
    const { server, proxy, base } = await setup(false);
    const http = createHttpClient(base({ env: { HTTP_PROXY: proxy.url } }));
    expect((await http.get('/rest/self', { query: { version: '2024-10-15' } })).status).toBe(200);
    expect(proxy.log.map((e) => [e.kind, e.target])).toEqual([['forward', `http://api.vendor.test:${server.port}/rest/self?version=2024-10-15`]]);
    expect(server.requests[0]!.headers.host).toBe(`api.vendor.test:${server.port}`);
  });

  it('loopback targets never use the proxy', async () => {
    const server = await track(startFakeServer({ routes: { 'GET /x': { body: 'direct' } } }));
    const http = createHttpClient({ baseUrl: server.url, integration: 'local', vendor: 'Local', env: { HTTP_PROXY: 'http://127.0.0.1:1' } });
    expect((await http.get('/x')).body).toBe('direct');
  });

  it('an unusable proxy variable fails at creation, naming it', () => {
    expect(() => createHttpClient({ baseUrl: 'https://x.example', integration: 'i', vendor: 'V', env: { HTTPS_PROXY: 'socks5://p:1080' } })).toThrow(/i \(V\): HTTPS_PROXY uses socks5:\/\//);
  });
});
