// Retries over a fake: 429 (seconds, HTTP-date), Qualys 409, 5xx, exhaustion, timeouts, resets, refusals, aborts.
import { afterEach, describe, expect, it } from 'vitest';
import { flaky, hang, qualysThrottled, rateLimited, reset } from '../../test/fakes/behaviours.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../test/fakes/fake-server.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpError } from './http-error.js';
import type { HttpClientOptions, RetryEvent } from './types.js';

const NOW = Date.parse('2025-06-02T08:00:00Z');
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client whose waits are recorded instead of slept, with a fixed clock and jitter. */
async function setup(routes: FakeRoutes, extra: Partial<HttpClientOptions> = {}) {
  server = await startFakeServer({ routes });
  const waits: number[] = [];
  const events: RetryEvent[] = [];
  const http = createHttpClient({
    baseUrl: server.url,
    integration: 'scanner-eu',
    vendor: 'Tenable Vulnerability Management',
    headers: { 'X-ApiKeys': 'accessKey=ak-0001; secretKey=sk-0002' },
    retry: { retries: 3, baseDelayMs: 1000, maxDelayMs: 8000 },
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    now: () => NOW,
    onRetry: (event) => events.push(event),
    redactor: new Redactor(),
    ...extra,
  });
  return { http, waits, events, server };
}

const ok = { status: 200, body: { ok: true } };

describe('retries through the shared policy', () => {
  it('429 with Retry-After in seconds, then success: waits exactly that long', async () => {
    const { http, waits, events, server } = await setup({ 'GET /scans': rateLimited(2, 7, ok) });
    expect((await http.get('/scans')).body).toEqual({ ok: true });
    expect(waits).toEqual([7000, 7000]);
    expect(events.map((e) => [e.attempt, e.retryAfterMs])).toEqual([
      [1, 7000],
      [2, 7000],
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it('429 with Retry-After as an HTTP-date, then success: waits until that date by the injected clock', async () => {
    const { http, waits } = await setup({ 'GET /scans': rateLimited(1, new Date(NOW + 42_000).toUTCString(), ok) });
    await http.get('/scans');
    expect(waits).toEqual([42_000]);
  });

  it('a Qualys-style 409 is throttling when the policy lists it (X-RateLimit-ToWait-Sec honoured)', async () => {
    const { http, waits } = await setup({ 'POST /api/2.0/fo/scan/': qualysThrottled(1, 12, ok) }, { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 10, throttleStatuses: [409] } });
    expect((await http.post('/api/2.0/fo/scan/', new URLSearchParams({ action: 'list' }))).status).toBe(200);
    expect(waits).toEqual([12_000]);
  });

  it('a 409 without rate-limit headers is a refusal even when the policy lists 409 (Qualys code 2003, registration incomplete)', async () => {
    const refused = { status: 409, headers: { 'content-type': 'text/xml' }, body: '<SIMPLE_RETURN><RESPONSE><CODE>2003</CODE><TEXT>Registration must be completed before API requests will be served for this account</TEXT></RESPONSE></SIMPLE_RETURN>' };
    const { http, server } = await setup({ 'POST /api/2.0/fo/scan/': refused }, { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 10, throttleStatuses: [409] } });
    const error = (await http.post('/api/2.0/fo/scan/', 'action=list').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/Registration must be completed/);
    expect(server.requests).toHaveLength(1);
  });

  it('a Qualys concurrency-limit 409 (X-Concurrency-Limit-* headers, no wait given) is throttling', async () => {
    let seen = 0;
    const busy = () =>
      ++seen === 1
        ? { status: 409, headers: { 'x-concurrency-limit-limit': '2', 'x-concurrency-limit-running': '2' }, body: '<SIMPLE_RETURN><RESPONSE><CODE>1965</CODE></RESPONSE></SIMPLE_RETURN>' }
        : { status: 200, body: 'ok' };
    const { http, server } = await setup({ 'POST /api/2.0/fo/scan/': busy }, { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 10, throttleStatuses: [409] } });
    expect((await http.post('/api/2.0/fo/scan/', 'action=list')).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('without throttleStatuses a 409 is a plain rejection, not retried', async () => {
    const { http, server } = await setup({ 'POST /api/2.0/fo/scan/': qualysThrottled(1, 12, ok) });
    const error = (await http.post('/api/2.0/fo/scan/', 'action=list').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('rejected');
    expect(server.requests).toHaveLength(1);
  });

  it('503 then success: one retry after a full-jitter backoff', async () => {
    const { http, waits } = await setup({ 'GET /server/status': flaky(1, ok, 503) });
    expect((await http.get('/server/status')).status).toBe(200);
    expect(waits).toEqual([500]);
  });

  it('502 and 504 are retried for safe methods only; 503 and 429 for every method', async () => {
    const { http, server } = await setup({
      'GET /a': flaky(2, ok, 502),
      'POST /b': flaky(1, ok, 502),
      'POST /c': flaky(1, ok, 503),
      'PATCH /d': flaky(1, ok, 504),
    });
    expect((await http.get('/a')).status).toBe(200);
    expect(((await http.post('/b', {}).catch((e: unknown) => e)) as HttpError).kind).toBe('upstream');
    expect((await http.post('/c', {})).status).toBe(200);
    expect((await http.request({ method: 'PATCH', path: '/d', body: {}, idempotent: true })).status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/a', '/a', '/b', '/c', '/c', '/d', '/d']);
  });

  it('retries exhausted: a typed rate-limit error saying how many attempts were made', async () => {
    const { http, waits, server } = await setup({ 'GET /vulns': rateLimited(100, 2, ok) });
    const error = (await http.get('/vulns').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.retryable).toBe(false);
    expect(error.details.attempts).toBe(4);
    expect(error.message).toMatch(/scanner-eu \(Tenable Vulnerability Management\): GET \/vulns → 429 Too Many Requests: rate limited after 4 attempts \(the server asked to wait 2 s\)/);
    expect(waits).toEqual([2000, 2000, 2000]);
    expect(server.requests).toHaveLength(4);
  });

  it('a Retry-After longer than maxRetryAfterMs fails at once instead of stalling apply', async () => {
    const { http, waits } = await setup({ 'GET /vulns': rateLimited(1, 3600, ok) }, { retry: { retries: 3, maxRetryAfterMs: 60_000 } });
    const error = (await http.get('/vulns').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('rate_limited');
    expect(error.message).toMatch(/wait 3600 s\)\. That wait is longer than the retry policy allows/);
    expect(waits).toEqual([]);
  });

  it('a 403 that is really a used-up quota (X-RateLimit-Remaining: 0) is throttling, not a missing permission', async () => {
    let calls = 0;
    const { http, waits } = await setup({
      'GET /user': () => (++calls === 1 ? { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) }, body: {} } : ok),
    });
    expect((await http.get('/user')).status).toBe(200);
    expect(waits).toEqual([30_000]);
  });

  it('timeout: a hanging response fails as a typed timeout after the retries', async () => {
    const { http, server } = await setup({ 'GET /slow': hang() }, { timeoutMs: 150, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    const started = performance.now();
    const error = (await http.get('/slow').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/GET \/slow: timed out after 150 ms waiting for 127\.0\.0\.1:\d+ \(2 attempts\)/);
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a per-request timeout overrides the client default', async () => {
    const { http } = await setup({ 'GET /slow': { delayMs: 400, body: {} } }, { timeoutMs: 100, retry: { retries: 0 } });
    expect((await http.get('/slow', { timeoutMs: 2000 })).status).toBe(200);
  });

  it('connection reset, then success (GET is retried)', async () => {
    const { http, server } = await setup({ 'GET /assets': reset(1, ok) });
    expect((await http.get('/assets')).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('connection reset every time: a network error with the code, after the retries', async () => {
    const { http } = await setup({ 'GET /assets': reset() });
    const error = (await http.get('/assets').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('network');
    expect(error.details.code).toBe('ECONNRESET');
    expect(error.message).toMatch(/network error after 4 attempts talking to 127\.0\.0\.1:\d+: ECONNRESET: the connection was reset/);
  });

  it('a POST whose connection is reset after sending is not sent again (it may have been applied)', async () => {
    const { http, server } = await setup({ 'POST /tickets': reset(1, ok) });
    const error = (await http.post('/tickets', { summary: 'x' }).catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('network');
    expect(server.requests).toHaveLength(1);
  });

  it('connection refused is not transient: one attempt', async () => {
    const closed = await startFakeServer({ routes: {} });
    const port = closed.port;
    await closed.close();
    const waits: number[] = [];
    const http = createHttpClient({ baseUrl: `http://127.0.0.1:${port}`, integration: 'a', vendor: 'B', sleep: async (ms) => void waits.push(ms) });
    const error = (await http.get('/x').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('network');
    expect(error.details.code).toBe('ECONNREFUSED');
    expect(error.message).toMatch(/a \(B\): GET \/x: network error talking to 127\.0\.0\.1:\d+: ECONNREFUSED: connection refused/);
    expect(waits).toEqual([]);
  });

  it('a non-retryable failure after retries is reported as itself (503, then 401)', async () => {
    let calls = 0;
    const { http } = await setup({ 'GET /me': () => (++calls === 1 ? { status: 503 } : { status: 401 }) });
    const error = (await http.get('/me').catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('authentication');
    expect(error.message).not.toContain('attempts');
  });

  it('an abort during the retry wait rejects with the abort reason', async () => {
    const { http } = await setup({ 'GET /x': rateLimited(10, 30, ok) }, { sleep: undefined });
    const controller = new AbortController();
    const pending = http.get('/x', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('apply cancelled')), 50);
    await expect(pending).rejects.toThrow('apply cancelled');
  });
});
