// createHttpClient: the HttpClient every connector uses — kept-alive connections, retries, typed and redacted errors.
import { redactor as processRedactor } from '../secrets/redactor.js';
import { checkResolved, refusedHost } from './destination-guard.js';
import { failureError } from './failure-error.js';
import { HttpConfigError } from './http-config-error.js';
import { HttpError } from './http-error.js';
import { maskedPath } from './mask-url.js';
import { ProxyConfigError, proxySettingsFromEnv } from './proxy-settings.js';
import { registerClientHeaders, registerQueryCredentials, registerRequestHeaders, registerSecrets } from './register-credentials.js';
import { decodeBody, encodeBody } from './request-body.js';
import { parseBaseUrl, requestUrl } from './request-url.js';
import { responseError, type ExchangeContext } from './response-error.js';
import { resolveRetryPolicy, withRetries } from './retry.js';
import { SendFailure, sendOnce, type RawResponse } from './send-once.js';
import { createTransport, TlsConfigError, type Transport } from './transport.js';
import type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse } from './types.js';
import { DEFAULT_USER_AGENT } from './user-agent.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_SOCKETS = 32;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Bytes of an error response kept (enough for the message's excerpt and a parser's look). */
const ERROR_BODY_BYTES = 64 * 1024;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * One client per integration. Creating it registers every credential header value with the redactor and
 * builds the connection pool (one agent, kept alive) and TLS context once. Throws HttpConfigError when the
 * base URL, TLS settings or proxy variables are unusable.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const using = options.redactor ?? processRedactor;
  const { integration, vendor } = options;
  const configError = (problem: string) => new HttpConfigError(integration, vendor, problem, using);

  registerClientHeaders(options.headers ?? {}, using);
  registerSecrets(options.secrets ?? [], using);
  let base: URL;
  try {
    base = parseBaseUrl(options.baseUrl);
  } catch (error) {
    throw configError((error as Error).message);
  }
  let transport: Transport;
  try {
    transport = createTransport({
      proxies: proxySettingsFromEnv(options.env ?? process.env),
      maxSockets: options.maxSockets ?? DEFAULT_MAX_SOCKETS,
      redactor: using,
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
  } catch (error) {
    if (error instanceof ProxyConfigError || error instanceof TlsConfigError) throw configError(error.message);
    throw error;
  }

  const policy = resolveRetryPolicy(options.retry);
  const now = options.now ?? Date.now;
  const warn = options.warn ?? ((message: string) => process.stderr.write(`warning: ${message}\n`));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const insecure = options.tls?.insecureSkipVerify === true;
  const clientHeaders: Record<string, string> = {
    accept: 'application/json',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    ...lowerCaseKeys(options.headers ?? {}),
  };

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const method = req.method.toUpperCase();
    const { url, foreignOrigin } = requestUrl(base, req.path, req.query);
    const ctx: ExchangeContext & { timeoutMs: number } = {
      integration,
      vendor,
      method,
      path: maskedPath(url),
      host: url.host,
      url,
      idempotent: req.idempotent ?? IDEMPOTENT.has(method),
      throttleStatuses: policy.throttleStatuses,
      now,
      redactor: using,
      timeoutMs: req.timeoutMs ?? timeoutMs,
    };
    const refuse = (target: string, reason: string) =>
      new HttpError({ kind: 'destination', retryable: false, integration, vendor, method, path: ctx.path, host: ctx.host, target, reason }, { redactor: using });
    if (foreignOrigin) {
      throw refuse(foreignOrigin, `the URL points to ${foreignOrigin}, not to the integration's ${base.origin}, and credentials only go to the latter`);
    }
    const byName = refusedHost(url.hostname);
    if (byName) throw refuse(url.hostname, byName);
    if (req.query) registerQueryCredentials(req.query, using);
    if (req.headers) registerRequestHeaders(req.headers, using);

    const body = encodeBody(req.body);
    const headers: Record<string, string> = { ...clientHeaders, ...lowerCaseKeys(req.headers ?? {}) };
    if (body) {
      headers['content-type'] ??= body.contentType;
      headers['content-length'] = String(body.bytes.length);
    }
    const route = transport.route(url);
    if (route.proxy) {
      // Through a proxy the proxy resolves the name; check what it resolves to here as well (when it does).
      const refused = await checkResolved(url.hostname, options.lookup);
      if (refused) throw refuse(url.hostname, refused);
    }
    if (insecure && url.protocol === 'https:') {
      warn(
        using.redact(
          `${integration} (${vendor}): TLS certificate verification is off (insecure_skip_verify) for ${method} ${url.host}${ctx.path}: ` +
            `the server's identity is not checked, so the credentials could reach an impostor. Give the integration the tool's CA bundle instead.`,
        ),
      );
    }
    const okStatuses = req.okStatuses ?? [];
    const isOk = (status: number) => (status >= 200 && status < 300) || okStatuses.includes(status);
    const attempt = async (): Promise<RawResponse> => {
      let raw: RawResponse;
      try {
        raw = await sendOnce({
          url,
          method,
          headers,
          route,
          timeoutMs: ctx.timeoutMs,
          ...(body ? { body: body.bytes } : {}),
          ...(req.signal ? { signal: req.signal } : {}),
          bodyLimit: (status) => (isOk(status) ? { bytes: maxResponseBytes, strict: true } : { bytes: ERROR_BODY_BYTES, strict: false }),
        });
      } catch (error) {
        throw error instanceof SendFailure ? failureError(error, ctx) : error;
      }
      if (!isOk(raw.status)) throw responseError(raw, ctx);
      return raw;
    };

    let attempts = 0;
    let raw: RawResponse;
    try {
      raw = await withRetries(
        (n) => {
          attempts = n;
          return attempt();
        },
        policy,
        {
          ...(options.sleep ? { sleep: options.sleep } : {}),
          ...(options.random ? { random: options.random } : {}),
          ...(options.onRetry ? { onRetry: options.onRetry } : {}),
          ...(req.signal ? { signal: req.signal } : {}),
        },
      );
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.retryable && error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) {
          throw attempts > 1 ? error.waitTooLong().afterAttempts(attempts) : error.waitTooLong();
        }
        // Retries used up on a retryable failure: say how many attempts were made (and that it is final).
        if (error.retryable) throw error.afterAttempts(attempts);
      }
      throw error;
    }
    return {
      status: raw.status,
      headers: raw.headers,
      body: (method === 'HEAD' ? '' : decodeBody(raw.body, raw.headers.get('content-type'))) as T,
      url: url.href,
      latencyMs: raw.latencyMs,
    };
  }

  return {
    baseUrl: base.href,
    request,
    get: (path, req) => request({ ...req, method: 'GET', path }),
    post: (path, body, req) => request({ ...req, method: 'POST', path, body }),
    close: () => transport.close(),
  };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
