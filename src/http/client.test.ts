// The client over a loopback fake: paths, bodies, decoding, origins, limits, kept-alive connections under load.
import { gzipSync } from 'node:zlib';
import PQueue from 'p-queue';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../../test/fakes/fake-server.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { isHttpError } from './http-error.js';
import type { HttpClientOptions } from './types.js';

const TOKEN = 'glpat-Zx81sEcReT-4d2f';
let servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(routes: Parameters<typeof startFakeServer>[0]['routes']): Promise<FakeServer> {
  const server = await startFakeServer({ routes });
  servers.push(server);
  return server;
}

function client(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  return createHttpClient({ baseUrl, integration: 'gitlab-main', vendor: 'GitLab', headers: { 'PRIVATE-TOKEN': TOKEN }, redactor: new Redactor(), ...extra });
}

describe('createHttpClient: success paths', () => {
  it('joins paths under the base path, sends credentials, query and defaults, and parses JSON', async () => {
    const server = await serve({ 'GET /api/v4/projects/{id}': (req) => ({ body: { id: Number(req.params.id), name: 'web', q: req.query } }) });
    const http = client(`${server.url}/api/v4/`);
    const res = await http.get<{ id: number; name: string; q: Record<string, string> }>('/projects/42', { query: { simple: true, per_page: 100, skip: undefined } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 42, name: 'web', q: { simple: 'true', per_page: '100' } });
    expect(res.url).toBe(`${server.url}/api/v4/projects/42?simple=true&per_page=100`);
    expect(res.latencyMs).toBeGreaterThanOrEqual(0);
    const seen = server.requests[0]!;
    expect(seen.headers['private-token']).toBe(TOKEN);
    expect(seen.headers.accept).toBe('application/json');
    expect(seen.headers['user-agent']).toMatch(/^secwire\/\d/);
    server.assertNoUnexpected();
  });

  it('sends JSON, form and text bodies with their content types; request headers win over client headers', async () => {
    const server = await serve({ 'POST /echo': (req) => ({ body: { type: req.headers['content-type'], body: req.body, accept: req.headers.accept } }) });
    const http = client(server.url);
    expect((await http.post('/echo', { a: 1 })).body).toEqual({ type: 'application/json', body: '{"a":1}', accept: 'application/json' });
    expect((await http.post('/echo', new URLSearchParams({ action: 'list' }))).body).toMatchObject({ type: 'application/x-www-form-urlencoded', body: 'action=list' });
    expect((await http.post('/echo', '<xml/>', { headers: { 'Content-Type': 'text/xml', Accept: 'text/xml' } })).body).toEqual({ type: 'text/xml', body: '<xml/>', accept: 'text/xml' });
  });

  it('returns text for non-JSON answers, decodes gzip, and returns okStatuses instead of throwing', async () => {
    const server = await serve({
      'GET /text': { body: 'pong', headers: { 'content-type': 'text/plain' } },
      'GET /gz': { body: gzipSync(JSON.stringify({ zipped: true })), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } },
      'GET /missing': { status: 404, body: { message: 'nope' } },
      'DELETE /thing': { status: 204 },
    });
    const http = client(server.url);
    expect((await http.get('/text')).body).toBe('pong');
    expect((await http.get('/gz')).body).toEqual({ zipped: true });
    const probe = await http.get('/missing', { okStatuses: [404] });
    expect(probe.status).toBe(404);
    expect(probe.body).toEqual({ message: 'nope' });
    expect((await http.request({ method: 'DELETE', path: '/thing' })).status).toBe(204);
  });

  it('accepts an absolute URL on its own origin and refuses one on another origin (credentials stay home)', async () => {
    const server = await serve({ 'GET /next': { body: { ok: true } } });
    const http = client(server.url);
    expect((await http.get(`${server.url}/next?page=2`)).body).toEqual({ ok: true });
    const error = await http.get('https://elsewhere.example/next').catch((e: unknown) => e);
    expect(isHttpError(error, 'destination')).toBe(true);
    expect((error as Error).message).toContain('https://elsewhere.example');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses unusable base URLs at creation, naming the integration', () => {
    expect(() => client('ftp://files.example')).toThrow(/gitlab-main \(GitLab\).*https:\/\//);
    expect(() => client('not a url')).toThrow(/not a valid URL/);
    expect(() => client('https://user:pw@gitlab.example')).toThrow(/user:password/);
  });

  it('refuses a response larger than maxResponseBytes, and HEAD has an empty body', async () => {
    const server = await serve({ 'GET /big': { body: 'x'.repeat(5000) }, 'HEAD /big': { headers: { 'content-length': '5000' } } });
    const http = client(server.url, { maxResponseBytes: 1000 });
    const error = await http.get('/big').catch((e: unknown) => e);
    expect(isHttpError(error, 'upstream')).toBe(true);
    expect((error as Error).message).toMatch(/GET \/big: upstream error from GitLab: response larger than 1000 bytes/);
    expect((await http.request({ method: 'HEAD', path: '/big' })).body).toBe('');
  });

  it('keeps connections alive: 1,000 requests at concurrency 50 use at most 50 connections', async () => {
    const server = await serve({ 'GET /item/{n}': (req) => ({ body: { n: req.params.n } }) });
    const http = client(server.url, { maxSockets: 50 });
    const queue = new PQueue({ concurrency: 50 });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 1000 }, (_, n) => queue.add(() => http.get<{ n: string }>(`/item/${n}`))));
    const elapsed = performance.now() - started;
    expect(results.every((r, n) => r!.body.n === String(n))).toBe(true);
    const connections = new Set(server.requests.map((r) => r.remotePort)).size;
    expect(connections).toBeLessThanOrEqual(50);
    expect(elapsed).toBeLessThan(10_000);
    http.close?.();
  });
});
