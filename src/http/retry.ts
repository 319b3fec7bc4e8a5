// Retries for any operation (HTTP or not): transient-error classification, full-jitter backoff, Retry-After honoured.
import { setTimeout as delay } from 'node:timers/promises';
import type { RetryEvent, RetryPolicy, Sleep } from './types.js';

export const DEFAULT_RETRY_POLICY: Readonly<Required<RetryPolicy>> = Object.freeze({
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  throttleStatuses: Object.freeze([]) as readonly number[],
  maxRetryAfterMs: 120_000,
});

/** Statuses retried for every vendor: throttled, bad gateway, unavailable, gateway timeout. */
export const RETRYABLE_STATUSES: readonly number[] = Object.freeze([429, 502, 503, 504]);

/** Network error codes worth a retry. ECONNREFUSED is not: nothing listens there, and waiting rarely changes it. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

export interface RetryDecision {
  readonly retryable: boolean;
  /** A wait the failure itself asks for (Retry-After), which replaces the backoff. */
  readonly retryAfterMs?: number;
}

export interface WithRetriesOptions {
  readonly onRetry?: (event: RetryEvent) => void;
  readonly sleep?: Sleep;
  /** Jitter source, 0 ≤ x < 1 (default Math.random). */
  readonly random?: () => number;
  readonly signal?: AbortSignal;
  /** Overrides the default classification. */
  readonly classify?: (error: unknown) => RetryDecision;
}

/** A complete policy from a partial one (missing fields take the defaults; negative values are clamped). */
export function resolveRetryPolicy(policy: Partial<RetryPolicy> = {}): Required<RetryPolicy> {
  const pick = (value: number | undefined, fallback: number) => (value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, value));
  const baseDelayMs = pick(policy.baseDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs);
  return {
    retries: Math.floor(pick(policy.retries, DEFAULT_RETRY_POLICY.retries)),
    baseDelayMs,
    maxDelayMs: Math.max(baseDelayMs, pick(policy.maxDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs)),
    throttleStatuses: policy.throttleStatuses ?? DEFAULT_RETRY_POLICY.throttleStatuses,
    maxRetryAfterMs: pick(policy.maxRetryAfterMs, DEFAULT_RETRY_POLICY.maxRetryAfterMs),
  };
}

/**
 * Whether an error is worth a retry. In order: an explicit boolean `retryable` (HttpError and anything shaped
 * like it) with its `retryAfterMs`; an abort is never retried; a numeric `status`/`statusCode` in 429/502/503/504;
 * a transient network `code` anywhere in the `cause` chain (fetch wraps them).
 */
export function classifyError(error: unknown): RetryDecision {
  if (!isObject(error)) return { retryable: false };
  if (typeof error.retryable === 'boolean') {
    return typeof error.retryAfterMs === 'number' ? { retryable: error.retryable, retryAfterMs: error.retryAfterMs } : { retryable: error.retryable };
  }
  if (error.name === 'AbortError') return { retryable: false };
  const status = typeof error.status === 'number' ? error.status : typeof error.statusCode === 'number' ? error.statusCode : undefined;
  if (status !== undefined) {
    return typeof error.retryAfterMs === 'number' && RETRYABLE_STATUSES.includes(status)
      ? { retryable: true, retryAfterMs: error.retryAfterMs }
      : { retryable: RETRYABLE_STATUSES.includes(status) };
  }
  for (let e: unknown = error, depth = 0; isObject(e) && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return { retryable: true };
  }
  return { retryable: false };
}

/** Full jitter: a uniform wait in [0, min(maxDelayMs, baseDelayMs · 2^(retry−1))). `retry` counts from 1. */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Runs fn until it succeeds, fails with a non-retryable error, or `policy.retries` retries are used up; then
 * rethrows the last error as is. The wait is the failure's own `retryAfterMs` when it has one (a wait longer than
 * `maxRetryAfterMs` is not waited for: the error is rethrown at once), else the full-jitter backoff.
 * `fn` gets the attempt number (1 = first try).
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  policy: Partial<RetryPolicy> = {},
  options: WithRetriesOptions = {},
): Promise<T> {
  const resolved = resolveRetryPolicy(policy);
  const sleep = options.sleep ?? defaultSleep;
  const classify = options.classify ?? classifyError;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt > resolved.retries || options.signal?.aborted) throw error;
      const decision = classify(error);
      if (!decision.retryable) throw error;
      if (decision.retryAfterMs !== undefined && decision.retryAfterMs > resolved.maxRetryAfterMs) throw error;
      const delayMs = decision.retryAfterMs ?? backoffDelay(attempt, resolved, options.random);
      options.onRetry?.(decision.retryAfterMs === undefined ? { attempt, delayMs, error } : { attempt, delayMs, error, retryAfterMs: decision.retryAfterMs });
      await sleep(delayMs, options.signal);
    }
  }
}

/** The real wait: timers/promises, rejecting with the signal's reason on abort. */
export const defaultSleep: Sleep = async (ms, signal) => {
  if (ms <= 0) {
    signal?.throwIfAborted();
    return;
  }
  try {
    await delay(ms, undefined, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
};

function isObject(value: unknown): value is Record<string, unknown> & { cause?: unknown } {
  return typeof value === 'object' && value !== null;
}
