// The one error type of the HTTP layer: a kind, the request it belongs to, whether a retry may help; message redacted.
import { redactor as processRedactor, type Redactor } from '../secrets/redactor.js';
import { describeHttpError } from './describe-http-error.js';

export type HttpErrorKind =
  /** 401 */
  | 'authentication'
  /** 403 */
  | 'permission'
  /** 404 */
  | 'not_found'
  /** Any other 4xx (400, 405, 409, 410, 422 …). */
  | 'rejected'
  /** 429 or a throttle status, after the retries. */
  | 'rate_limited'
  /** 5xx */
  | 'upstream'
  /** Connection refused or reset, DNS failure, proxy refusal. */
  | 'network'
  /** Certificate verification or handshake failure, or unusable TLS settings. */
  | 'tls'
  /** A 3xx: credentialed requests never follow redirects. */
  | 'redirect'
  /** Link-local or cloud metadata address, or another origin than the client's. */
  | 'destination'
  | 'timeout';

export interface HttpErrorDetails {
  readonly kind: HttpErrorKind;
  readonly integration: string;
  readonly vendor: string;
  readonly method?: string;
  /** Path and query, secrets masked. */
  readonly path?: string;
  /** host:port the request went to. */
  readonly host?: string;
  readonly status?: number;
  /** Node's error code (ECONNRESET, SELF_SIGNED_CERT_IN_CHAIN …) for network and TLS errors. */
  readonly code?: string;
  /** A retry may succeed (before the retries were used up). */
  readonly retryable: boolean;
  /** How long the server asked to wait (Retry-After and similar). */
  readonly retryAfterMs?: number;
  /** The redirect's target host, or the refused destination. */
  readonly target?: string;
  /** What was wrong, in a few words, when there is no status to say it (network, TLS, destination). */
  readonly reason?: string;
  /** Response body excerpt, already redacted and truncated. */
  readonly body?: string;
  /** How many attempts were made (1 when not retried). */
  readonly attempts?: number;
  readonly timeoutMs?: number;
  /** Set when a Retry-After was longer than the policy allows, so the request was not retried. */
  readonly retryAfterTooLong?: boolean;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly kind: HttpErrorKind;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  readonly details: HttpErrorDetails;
  // A private field: a logger dumping the error's own properties never carries the redactor around.
  readonly #redactor: Redactor;

  constructor(details: HttpErrorDetails, options: { cause?: unknown; redactor?: Redactor } = {}) {
    const using = options.redactor ?? processRedactor;
    super(using.redact(describeHttpError(details)), options.cause === undefined ? undefined : { cause: options.cause });
    this.details = details;
    this.kind = details.kind;
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs;
    this.status = details.status;
    this.#redactor = using;
  }

  /** The same failure, saying how many attempts were made (the retries are used up: no longer retryable). */
  afterAttempts(attempts: number): HttpError {
    return new HttpError({ ...this.details, attempts, retryable: false }, { cause: this.cause, redactor: this.#redactor });
  }

  /** The same failure, not retried because the server asked for a wait longer than the policy allows. */
  waitTooLong(): HttpError {
    return new HttpError({ ...this.details, retryable: false, retryAfterTooLong: true }, { cause: this.cause, redactor: this.#redactor });
  }
}

export function isHttpError(error: unknown, kind?: HttpErrorKind): error is HttpError {
  return error instanceof HttpError && (kind === undefined || error.kind === kind);
}
