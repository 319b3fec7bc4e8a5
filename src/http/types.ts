// The HTTP layer's contract, used by every vendor client. One implementation: src/http/client.ts.
import type { LookupFunction } from 'node:net';
import type { Redactor } from '../secrets/redactor.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export interface HttpRequest {
  readonly method: HttpMethod;
  /** Path (joined to the client's base URL) or an absolute URL on the same origin. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialised when an object; sent as is when a string. */
  readonly body?: unknown;
  /** Per-request timeout in ms (default: the client's). */
  readonly timeoutMs?: number;
  /** Status codes that are not errors for this call (e.g. 404 when probing). */
  readonly okStatuses?: readonly number[];
  /**
   * Safe to send twice. Default: true for GET, HEAD, PUT, DELETE, OPTIONS. A non-idempotent request (POST, PATCH)
   * is retried only when the server cannot have acted on it: 429, 503, a throttle status, or a failure before it was sent.
   */
  readonly idempotent?: boolean;
  /** Cancels the request and any retry wait. */
  readonly signal?: AbortSignal;
}

export interface HttpResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the response is JSON, else the text. */
  readonly body: T;
  readonly url: string;
  readonly latencyMs: number;
}

/** TLS settings for on-prem tools. */
export interface TlsOptions {
  /** PEM bundle of extra CAs to trust. */
  readonly caPem?: string;
  readonly clientCertPem?: string;
  readonly clientKeyPem?: string;
  /** Works, and warns on every use. */
  readonly insecureSkipVerify?: boolean;
}

export interface RetryPolicy {
  /** Attempts after the first; default 5. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Extra statuses that mean "throttled, retry" for this vendor (Qualys: 409). */
  readonly throttleStatuses?: readonly number[];
  /** A server asking to wait longer than this (Retry-After) fails at once instead; default 120 000. */
  readonly maxRetryAfterMs?: number;
}

/** One retry about to happen: what failed and how long the wait is. */
export interface RetryEvent {
  /** The attempt that failed (1 = the first try). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: unknown;
  /** Set when the wait comes from the server (Retry-After and similar headers). */
  readonly retryAfterMs?: number;
}

/** Waits ms (rejecting with the signal's reason when aborted). Injectable for tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface HttpClientOptions {
  readonly baseUrl: string;
  /** Integration name and vendor display name, for error messages. */
  readonly integration: string;
  readonly vendor: string;
  /** Headers sent with every request (credentials go here; they are registered with the redactor). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Credential values the client may send outside its headers (an OAuth form, a login body). Registered with the
   * redactor like header values, so an error echoing a request body cannot show them.
   */
  readonly secrets?: readonly string[];
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly tls?: TlsOptions;
  /** Called for warnings the user must see (insecure TLS, deprecated auth). Default: stderr. */
  readonly warn?: (message: string) => void;
  /** Called before each retry wait (apply logs it). */
  readonly onRetry?: (event: RetryEvent) => void;
  /** Resolver used before connecting (default dns.lookup); every address it returns is checked. */
  readonly lookup?: LookupFunction;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Open connections per host (default 32); connections are kept alive and reused. */
  readonly maxSockets?: number;
  /** Largest response body accepted, after decompression (default 64 MiB). */
  readonly maxResponseBytes?: number;
  readonly userAgent?: string;
  /** Test seams: the retry wait, the jitter source (0 ≤ x < 1), the clock for HTTP-date Retry-After. */
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly now?: () => number;
  /** The redaction set credentials are registered with and messages pass through (default: the process-wide one). */
  readonly redactor?: Redactor;
}

export interface HttpClient {
  readonly baseUrl: string;
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
  get<T = unknown>(path: string, req?: Omit<HttpRequest, 'method' | 'path'>): Promise<HttpResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, req?: Omit<HttpRequest, 'method' | 'path' | 'body'>): Promise<HttpResponse<T>>;
  /** Closes the kept-alive connections (optional: idle connections never keep the process alive). */
  close?(): void;
}
