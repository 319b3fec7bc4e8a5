// Route handlers for common vendor behaviours: throttling, flaky 5xx, hangs, resets, redirects, header echoes.
import type { FakeHandler, FakeResponse } from './fake-server.js';

type Then = FakeHandler | FakeResponse;

function answer(then: Then, req: Parameters<FakeHandler>[0]): FakeResponse | Promise<FakeResponse> {
  return typeof then === 'function' ? then(req) : then;
}

/** The first `times` requests get 429 with `Retry-After: retryAfter` (seconds, or an HTTP-date string); then `then`. */
export function rateLimited(times: number, retryAfter: number | string, then: Then, status = 429): FakeHandler {
  let seen = 0;
  return (req) => {
    seen++;
    if (seen <= times) return { status, headers: { 'retry-after': String(retryAfter) }, body: { error: 'Too Many Requests' } };
    return answer(then, req);
  };
}

/** Qualys style: the first `times` requests get 409 with X-RateLimit-ToWait-Sec (no Retry-After); then `then`. */
export function qualysThrottled(times: number, toWaitSeconds: number, then: Then): FakeHandler {
  let seen = 0;
  return (req) => {
    seen++;
    if (seen <= times) {
      return {
        status: 409,
        headers: { 'x-ratelimit-towait-sec': String(toWaitSeconds), 'x-ratelimit-remaining': '0', 'content-type': 'text/xml' },
        body: '<SIMPLE_RETURN><RESPONSE><CODE>1960</CODE><TEXT>This API cannot be run again for another few seconds.</TEXT></RESPONSE></SIMPLE_RETURN>',
      };
    }
    return answer(then, req);
  };
}

/** A token bucket for one route: `perSecond` requests per second (burst `burst`); beyond it 429 + Retry-After. */
export function tokenBucket(perSecond: number, then: Then, burst: number = perSecond, now: () => number = () => performance.now()): FakeHandler {
  let tokens = burst;
  let last = now();
  return (req) => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return { status: 429, headers: { 'retry-after': String(Math.ceil((1 - tokens) / perSecond)) }, body: { error: 'rate limited' } };
    tokens -= 1;
    return answer(then, req);
  };
}

/** The first `times` requests fail with `status` (default 503); then `then`. */
export function flaky(times: number, then: Then, status = 503): FakeHandler {
  let seen = 0;
  return (req) => {
    seen++;
    if (seen <= times) return { status, body: { error: 'temporarily unavailable' } };
    return answer(then, req);
  };
}

/** Never answers. */
export function hang(): FakeResponse {
  return { hang: true };
}

/** Resets the connection the first `times` requests (default: always); then `then`. */
export function reset(times = Infinity, then: Then = { status: 200, body: {} }): FakeHandler {
  let seen = 0;
  return (req) => {
    seen++;
    return seen <= times ? { reset: true } : answer(then, req);
  };
}

/** Answers a redirect to `location`. */
export function redirect(location: string, status = 302): FakeResponse {
  return { status, headers: { location }, body: '' };
}

/** Answers 500 with every request header echoed in the body (a leaky error page). */
export function echoHeaders500(): FakeHandler {
  return (req) => ({ status: 500, body: `Internal error while handling request with headers ${JSON.stringify(req.headers)} and query ${JSON.stringify(req.query)}` });
}

/** A 500 whose body quotes the request body back (some vendors' error pages do). */
export function echoBody500(): FakeHandler {
  return (req) => ({ status: 500, body: `Internal error while handling the request body ${req.body}` });
}
