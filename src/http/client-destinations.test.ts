// Redirects refused naming the Location's host; metadata destinations refused by literal and by resolution.
import { afterEach, describe, expect, it, beforeAll, afterAll } from 'vitest';
import { redirect } from '../../test/fakes/behaviours.js';
import { startFakeServer, type FakeServer } from '../../test/fakes/fake-server.js';
import { tableLookup } from '../../test/fakes/table-lookup.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpError } from './http-error.js';
import type { HttpClientOptions } from './types.js';

// These tests resolve names through fake lookups only; the suite-wide egress allow-list (vitest.config.ts) would
// refuse those names before the checks under test run.
const savedAllowList = process.env.SECWIRE_ALLOWED_HOSTS;
beforeAll(() => {
  delete process.env.SECWIRE_ALLOWED_HOSTS;
});
afterAll(() => {
  if (savedAllowList !== undefined) process.env.SECWIRE_ALLOWED_HOSTS = savedAllowList;
});

const TOKEN = 'ghp_R3d1rectTok3n000111222';
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  return createHttpClient({ baseUrl, integration: 'github-acme', vendor: 'GitHub', headers: { Authorization: `Bearer ${TOKEN}` }, redactor: new Redactor(), ...extra });
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('redirects are refused', () => {
  it('a 302 to another host is an error naming that host; nothing follows it', async () => {
    server = await startFakeServer({ routes: { 'GET /user': redirect('http://collector.attacker.example:8080/steal?x=1', 302) } });
    const error = await failure(client(server.url).get('/user'));
    expect(error.kind).toBe('redirect');
    expect(error.status).toBe(302);
    expect(error.retryable).toBe(false);
    expect(error.details.target).toBe('collector.attacker.example:8080');
    expect(error.message).toMatch(/github-acme \(GitHub\): GET \/user → 302 Found: redirect to collector\.attacker\.example:8080 refused/);
    expect(error.message).not.toContain(TOKEN);
    expect(server.requests).toHaveLength(1);
  });

  it('an http → https upgrade names the scheme, so the fix (change the base URL) is plain', async () => {
    server = await startFakeServer({ routes: { 'GET /api/json': redirect('https://jenkins.example/api/json', 301) } });
    const error = await failure(client(server.url).get('/api/json'));
    expect(error.details.target).toBe('https://jenkins.example');
    expect(error.message).toContain('point the integration\'s URL at it');
  });

  it('a relative Location names the same host; 307/308 are refused too', async () => {
    server = await startFakeServer({ routes: { 'GET /a': redirect('/b', 307), 'POST /c': redirect('/d', 308) } });
    const http = client(server.url);
    expect((await failure(http.get('/a'))).details.target).toBe(`127.0.0.1:${server.port}`);
    expect((await failure(http.post('/c', {}))).kind).toBe('redirect');
    server.assertNoUnexpected();
  });
});

describe('link-local and cloud metadata destinations are refused', () => {
  const literals = [
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/latest/meta-data',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://METADATA.google.internal./',
    'http://[::ffff:169.254.169.254]/',
    'http://2852039166/', // 169.254.169.254 as one decimal number
    'http://0251.0376.0251.0376/', // and in octal
  ];
  for (const baseUrl of literals) {
    it(`refuses ${baseUrl} without resolving or connecting`, async () => {
      const lookup = tableLookup({});
      const error = await failure(client(baseUrl, { lookup }).get('/x'));
      expect(error.kind).toBe('destination');
      expect(error.retryable).toBe(false);
      expect(error.message).toMatch(/github-acme \(GitHub\): GET \/.*destination refused: .*(link-local or cloud metadata|cloud metadata address)/);
      expect(lookup.calls).toEqual([]);
    });
  }

  it('refuses a host name that resolves to 169.254.169.254 (checked at connect time, on every address)', async () => {
    const lookup = tableLookup({ 'innocent.example': ['203.0.113.5', '169.254.169.254'] });
    const error = await failure(client('http://innocent.example:8080', { lookup, retry: { retries: 3 } }).get('/x'));
    expect(error.kind).toBe('destination');
    expect(error.message).toContain('innocent.example resolves to 169.254.169.254');
    expect(lookup.calls).toEqual(['innocent.example']);
  });

  it('refuses a host name that resolves to fe80::/10 over https too', async () => {
    const lookup = tableLookup({ 'v6.example': ['fe80::a9fe:a9fe'] });
    const error = await failure(client('https://v6.example', { lookup }).get('/x'));
    expect(error.kind).toBe('destination');
  });

  it('allows loopback: 127.0.0.1, localhost, and a name that resolves to 127.0.0.1', async () => {
    server = await startFakeServer({ routes: { 'GET /ping': { body: 'pong' } } });
    expect((await client(server.url).get('/ping')).body).toBe('pong');
    expect((await client(`http://localhost:${server.port}`, { lookup: tableLookup({ localhost: ['127.0.0.1'] }) }).get('/ping')).body).toBe('pong');
    const lookup = tableLookup({ 'tool.lab.example': ['127.0.0.1'] });
    expect((await client(`http://tool.lab.example:${server.port}`, { lookup }).get('/ping')).body).toBe('pong');
    expect(lookup.calls).toEqual(['tool.lab.example']);
  });
});
