// withRetries: classification, full-jitter backoff, Retry-After honoured or refused when too long, aborts.
import { describe, expect, it } from 'vitest';
import { backoffDelay, classifyError, resolveRetryPolicy, withRetries } from './retry.js';
import type { RetryEvent } from './types.js';

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const transient = (code: string) => Object.assign(new Error(code), { code });

describe('withRetries', () => {
  it('returns the first success and passes the attempt number', async () => {
    const { sleep, waits } = recordingSleep();
    const seen: number[] = [];
    const result = await withRetries(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw transient('ECONNRESET');
        return 'ok';
      },
      { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 },
      { sleep, random: () => 0.5 },
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2, 3]);
    // Full jitter with random 0.5: half of 100·2^0, then half of 100·2^1.
    expect(waits).toEqual([50, 100]);
  });

  it('rethrows the last error once the retries are used up', async () => {
    const { sleep, waits } = recordingSleep();
    let calls = 0;
    const error = transient('ETIMEDOUT');
    await expect(
      withRetries(
        async () => {
          calls++;
          throw error;
        },
        { retries: 2, baseDelayMs: 10, maxDelayMs: 10 },
        { sleep },
      ),
    ).rejects.toBe(error);
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry what is not transient (ECONNREFUSED, plain errors, aborts)', async () => {
    for (const error of [transient('ECONNREFUSED'), new Error('bug'), new DOMException('stop', 'AbortError')]) {
      let calls = 0;
      await expect(
        withRetries(async () => {
          calls++;
          throw error;
        }, { retries: 3 }, { sleep: async () => {} }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it("waits exactly the error's retryAfterMs instead of the backoff, and reports each retry", async () => {
    const { sleep, waits } = recordingSleep();
    const events: RetryEvent[] = [];
    let calls = 0;
    await withRetries(
      async () => {
        calls++;
        if (calls === 1) throw Object.assign(new Error('throttled'), { retryable: true, retryAfterMs: 7000 });
        return 'done';
      },
      { retries: 3, baseDelayMs: 100, maxDelayMs: 200 },
      { sleep, onRetry: (event) => events.push(event) },
    );
    expect(waits).toEqual([7000]);
    expect(events).toMatchObject([{ attempt: 1, delayMs: 7000, retryAfterMs: 7000 }]);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: it rethrows at once', async () => {
    const { sleep, waits } = recordingSleep();
    const error = Object.assign(new Error('come back in an hour'), { retryable: true, retryAfterMs: 3_600_000 });
    await expect(withRetries(async () => Promise.reject(error), { retries: 5, maxRetryAfterMs: 60_000 }, { sleep })).rejects.toBe(error);
    expect(waits).toEqual([]);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = withRetries(
      async () => {
        throw transient('ECONNRESET');
      },
      { retries: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 },
      { random: () => 0.99, signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 20);
    await expect(pending).rejects.toThrow('cancelled by the user');
  });

  it('accepts a custom classifier', async () => {
    let calls = 0;
    await withRetries(
      async () => {
        calls++;
        if (calls < 2) throw new Error('SQLITE_BUSY');
      },
      { retries: 2 },
      { sleep: async () => {}, classify: (e) => ({ retryable: (e as Error).message === 'SQLITE_BUSY' }) },
    );
    expect(calls).toBe(2);
  });
});

describe('backoffDelay', () => {
  it('is full jitter, doubling from baseDelayMs and capped at maxDelayMs', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 4000 };
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([499, 999, 1999, 3999, 3999, 3999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('classifyError', () => {
  it('reads retryable and retryAfterMs, statuses, and codes down the cause chain', () => {
    expect(classifyError({ retryable: false, status: 503 })).toEqual({ retryable: false });
    expect(classifyError({ status: 503, retryAfterMs: 10 })).toEqual({ retryable: true, retryAfterMs: 10 });
    expect(classifyError({ statusCode: 429 })).toEqual({ retryable: true });
    expect(classifyError({ status: 500 })).toEqual({ retryable: false });
    expect(classifyError(new TypeError('fetch failed', { cause: transient('UND_ERR_SOCKET') }))).toEqual({ retryable: true });
    expect(classifyError(new TypeError('fetch failed', { cause: transient('ECONNREFUSED') }))).toEqual({ retryable: false });
    expect(classifyError('a string')).toEqual({ retryable: false });
  });
});

describe('resolveRetryPolicy', () => {
  it('fills defaults and clamps nonsense', () => {
    expect(resolveRetryPolicy({})).toMatchObject({ retries: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000, throttleStatuses: [] });
    expect(resolveRetryPolicy({ retries: -1, baseDelayMs: 1000, maxDelayMs: 10, throttleStatuses: [409] })).toMatchObject({
      retries: 0,
      baseDelayMs: 1000,
      maxDelayMs: 1000,
      throttleStatuses: [409],
    });
  });
});
