// How long a throttled response asks the client to wait: Retry-After (seconds or HTTP-date) and vendors' equivalents.

/** Retry-After as milliseconds: delta-seconds or an HTTP-date (past dates give 0); undefined when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return undefined; // "-5", "1e3": not a delay and not a date
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait a rate-limited response asks for, in order: Retry-After; Qualys' X-RateLimit-ToWait-Sec; the IETF
 * RateLimit-Reset (seconds); X-RateLimit-Reset when the remaining quota is 0 (epoch seconds, delta seconds or a date).
 */
export function throttleWaitMs(headers: Headers, now: number): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const toWait = seconds(headers.get('x-ratelimit-towait-sec'));
  if (toWait !== undefined) return toWait;
  const reset = seconds(headers.get('ratelimit-reset'));
  if (reset !== undefined) return reset;
  return quotaResetMs(headers, now);
}

/** When X-RateLimit-Remaining is 0, the wait until X-RateLimit-Reset; else undefined. */
export function quotaResetMs(headers: Headers, now: number): number | undefined {
  if (headers.get('x-ratelimit-remaining')?.trim() !== '0') return undefined;
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset) return undefined;
  if (/^\d+(\.\d+)?$/.test(reset)) {
    const n = Number(reset);
    // Epoch seconds (GitHub) versus a delta in seconds.
    return n > 1e9 ? Math.max(0, Math.round(n * 1000 - now)) : Math.round(n * 1000);
  }
  const date = Date.parse(reset);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function seconds(value: string | null): number | undefined {
  const text = value?.trim();
  return text && /^\d+(\.\d+)?$/.test(text) ? Math.round(Number(text) * 1000) : undefined;
}
