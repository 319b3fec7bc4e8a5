// Turns an unwanted status into an HttpError: its kind, whether a retry may help, the wait the server asks for.
import type { Redactor } from '../secrets/redactor.js';
import { bodyExcerpt } from './body-excerpt.js';
import { HttpError, type HttpErrorDetails, type HttpErrorKind } from './http-error.js';
import { quotaResetMs, throttleWaitMs } from './retry-after.js';
import type { RawResponse } from './send-once.js';

/** What every error of one request names. */
export interface ExchangeContext {
  readonly integration: string;
  readonly vendor: string;
  readonly method: string;
  /** Path and query, secrets masked. */
  readonly path: string;
  /** host:port */
  readonly host: string;
  readonly url: URL;
  readonly idempotent: boolean;
  readonly throttleStatuses: readonly number[];
  readonly now: () => number;
  readonly redactor: Redactor;
}

export function responseError(res: RawResponse, ctx: ExchangeContext): HttpError {
  const { status } = res;
  const base = {
    integration: ctx.integration,
    vendor: ctx.vendor,
    method: ctx.method,
    path: ctx.path,
    host: ctx.host,
    status,
  };
  const body = bodyExcerpt(res.body.toString('utf8'), ctx.redactor);
  const make = (kind: HttpErrorKind, retryable: boolean, extra: Partial<HttpErrorDetails> = {}) =>
    new HttpError({ ...base, kind, retryable, ...(body !== undefined && kind !== 'redirect' ? { body } : {}), ...extra }, { redactor: ctx.redactor });
  const wait = (ms: number | undefined): Partial<HttpErrorDetails> => (ms === undefined ? {} : { retryAfterMs: ms });

  if (status >= 300 && status < 400) return make('redirect', false, redirectTarget(res.headers.get('location'), ctx.url));
  if (status === 429) return make('rate_limited', true, wait(throttleWaitMs(res.headers, ctx.now())));
  // A vendor's own throttle status (Qualys 409) also means other refusals (registration incomplete, SecureID
  // required): it is throttling only when the answer carries rate-limit or concurrency-limit headers.
  if (ctx.throttleStatuses.includes(status) && hasLimitHeaders(res.headers)) return make('rate_limited', true, wait(throttleWaitMs(res.headers, ctx.now())));
  if (status === 401) return make('authentication', false);
  if (status === 403) {
    // GitHub and others answer 403 when a quota is used up: that is throttling, not a missing permission.
    const retryAfter = res.headers.has('retry-after') ? throttleWaitMs(res.headers, ctx.now()) : quotaResetMs(res.headers, ctx.now());
    return retryAfter !== undefined ? make('rate_limited', true, wait(retryAfter)) : make('permission', false);
  }
  if (status === 404) return make('not_found', false);
  if (status === 503) return make('upstream', true, wait(throttleWaitMs(res.headers, ctx.now())));
  // A gateway may have passed a POST on before failing: only safe requests are sent again.
  if (status === 502 || status === 504) return make('upstream', ctx.idempotent);
  if (status >= 500) return make('upstream', false);
  return make('rejected', false);
}

/** Retry-After, or any rate-limit or concurrency-limit header (X-RateLimit-*, RateLimit-*, X-Concurrency-Limit-*). */
function hasLimitHeaders(headers: Headers): boolean {
  if (headers.has('retry-after')) return true;
  for (const name of headers.keys()) if (/^(x-)?ratelimit-|^x-concurrency-limit-/i.test(name)) return true;
  return false;
}

function redirectTarget(location: string | null, from: URL): Partial<HttpErrorDetails> {
  if (!location) return {};
  try {
    const to = new URL(location, from);
    // Scheme too, when it changes (http → https is the usual reason to update a base URL).
    return { target: to.protocol !== from.protocol ? `${to.protocol}//${to.host}` : to.host };
  } catch {
    return { target: 'an invalid Location' };
  }
}
