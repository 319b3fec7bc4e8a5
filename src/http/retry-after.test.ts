// Retry-After (seconds, HTTP-date) and the vendors' throttle headers, by an injected clock.
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, throttleWaitMs } from './retry-after.js';

const now = Date.parse('2025-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what is neither', () => {
    for (const value of [null, undefined, '', '-5', '1e3', 'soon-ish', 'Thu, 99 Foo']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('throttleWaitMs', () => {
  it('prefers Retry-After, then X-RateLimit-ToWait-Sec (Qualys), RateLimit-Reset, then X-RateLimit-Reset when nothing remains', () => {
    expect(throttleWaitMs(new Headers({ 'retry-after': '3', 'x-ratelimit-towait-sec': '9' }), now)).toBe(3000);
    expect(throttleWaitMs(new Headers({ 'x-ratelimit-towait-sec': '9' }), now)).toBe(9000);
    expect(throttleWaitMs(new Headers({ 'ratelimit-reset': '4' }), now)).toBe(4000);
    expect(throttleWaitMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(throttleWaitMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '15' }), now)).toBe(15_000);
    expect(throttleWaitMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2025-03-01T12:01:00Z' }), now)).toBe(60_000);
    expect(throttleWaitMs(new Headers({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '15' }), now)).toBeUndefined();
    expect(throttleWaitMs(new Headers(), now)).toBeUndefined();
  });
});
