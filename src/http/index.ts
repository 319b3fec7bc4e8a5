// The HTTP layer's public API: the client factory, typed errors, retries, pagination helpers and the contract types.
export type {
  HttpClient,
  HttpClientOptions,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  RetryEvent,
  RetryPolicy,
  Sleep,
  TlsOptions,
} from './types.js';
export { createHttpClient, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_SOCKETS, DEFAULT_TIMEOUT_MS } from './client.js';
export { HttpError, isHttpError, type HttpErrorDetails, type HttpErrorKind } from './http-error.js';
export { HttpConfigError } from './http-config-error.js';
export {
  backoffDelay,
  classifyError,
  DEFAULT_RETRY_POLICY,
  defaultSleep,
  resolveRetryPolicy,
  RETRYABLE_STATUSES,
  TRANSIENT_CODES,
  withRetries,
  type RetryDecision,
  type WithRetriesOptions,
} from './retry.js';
export { parseRetryAfter, throttleWaitMs } from './retry-after.js';
export { collect, DEFAULT_MAX_PAGES, PaginationError, type PageOptions, type PageRequest, type ParamPlacement } from './paginate-core.js';
export { paginateOffset, type OffsetPageOptions } from './paginate-offset.js';
export { paginateLinkHeader, type LinkPageOptions } from './paginate-link.js';
export { paginateNextUrl, paginateToken, type NextUrlPageOptions, type TokenPageOptions } from './paginate-token.js';
export { linkTarget, parseLinkHeader, type Link } from './link-header.js';
export { maskedPath, maskedUrl, maskQuery, isSecretParam } from './mask-url.js';
export { refusedAddress, refusedHost } from './destination-guard.js';
export { bypassesProxy, parseNoProxy, proxyFor, proxySettingsFromEnv, type NoProxyRule, type ProxySettings } from './proxy-settings.js';
export { registerHeaderValue } from './register-credentials.js';
export { EXPIRY_MARGIN_MS, TokenCache, withFreshOnRefusal } from './token-cache.js';
