// Turns an exchange that got no response (timeout, reset, refused, TLS, destination, proxy) into an HttpError.
import { DESTINATION_REFUSED, DestinationRefusedError } from './destination-guard.js';
import { HttpError, type HttpErrorDetails } from './http-error.js';
import type { ExchangeContext } from './response-error.js';
import { TRANSIENT_CODES } from './retry.js';
import type { SendFailure } from './send-once.js';
import { PROXY_REFUSED, ProxyRefusedError } from './tunnel-agent.js';

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens on that address and port)',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the DNS lookup failed temporarily',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ECONNABORTED: 'the connection was aborted',
};

/** Certificate and handshake failures: never retried, they do not fix themselves. */
export function isTlsCode(code: string | undefined): boolean {
  return (
    code !== undefined &&
    (/^ERR_SSL_|^ERR_TLS_|CERT|^EPROTO$/.test(code) ||
      ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'HOSTNAME_MISMATCH'].includes(code))
  );
}

/** The HttpError for a failed exchange, or, for an abort, the abort's own reason (to be rethrown as is). */
export function failureError(failure: SendFailure, ctx: ExchangeContext & { readonly timeoutMs: number }): unknown {
  if (failure.phase === 'abort') return failure.cause ?? new DOMException('This operation was aborted', 'AbortError');
  const base = { integration: ctx.integration, vendor: ctx.vendor, method: ctx.method, path: ctx.path, host: ctx.host };
  const make = (details: Omit<HttpErrorDetails, keyof typeof base>) => new HttpError({ ...base, ...details }, { cause: failure.cause, redactor: ctx.redactor });
  // Sending again is safe when the server cannot have acted: a safe method, nothing sent yet, or a kept-alive
  // socket the server had already closed (reset before any answer).
  const resend = ctx.idempotent || !failure.sent || (failure.reused && failure.code === 'ECONNRESET' && !failure.responded);
  if (failure.phase === 'timeout') return make({ kind: 'timeout', retryable: resend, timeoutMs: ctx.timeoutMs });
  if (failure.phase === 'too_large') return make({ kind: 'upstream', retryable: false, reason: (failure.cause as Error).message });

  const cause = failure.cause;
  const code = failure.code;
  if (cause instanceof DestinationRefusedError || code === DESTINATION_REFUSED) {
    const refused = cause as DestinationRefusedError;
    return make({ kind: 'destination', retryable: false, target: refused.host, reason: refused.reason });
  }
  if (cause instanceof ProxyRefusedError || code === PROXY_REFUSED) {
    const status = (cause as ProxyRefusedError).proxyStatus;
    return make({ kind: 'network', retryable: status === 502 || status === 503 || status === 504, reason: (cause as Error).message });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  if (isTlsCode(code)) return make({ kind: 'tls', retryable: false, ...(code ? { code } : {}), reason: message });
  const reason = (code && NETWORK_REASONS[code]) ?? message;
  const transient = code !== undefined && TRANSIENT_CODES.has(code);
  return make({ kind: 'network', retryable: transient && resend, ...(code ? { code } : {}), reason });
}
