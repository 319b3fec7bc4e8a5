// One HTTP exchange over the client's agent: no redirects followed, an overall deadline, the body decoded and bounded.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Route } from './transport.js';

export interface SendInput {
  readonly url: URL;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly route: Route;
  /** Deadline for the whole exchange, body included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** How many decoded body bytes to keep for a status; `strict` fails beyond it, otherwise the rest is dropped. */
  readonly bodyLimit: (status: number) => { readonly bytes: number; readonly strict: boolean };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Buffer;
  readonly latencyMs: number;
}

export type FailurePhase = 'timeout' | 'abort' | 'error' | 'too_large';

/** Why an exchange produced no response. `sent`: the request was fully written; `reused`: on a kept-alive socket. */
export class SendFailure extends Error {
  constructor(
    readonly phase: FailurePhase,
    override readonly cause: unknown,
    readonly sent: boolean,
    readonly reused: boolean,
    readonly responded: boolean,
  ) {
    super(phase === 'error' && cause instanceof Error ? cause.message : phase);
    this.name = 'SendFailure';
  }

  get code(): string | undefined {
    const code = (this.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
  }
}

export function sendOnce(input: SendInput): Promise<RawResponse> {
  const { url, route } = input;
  return new Promise<RawResponse>((resolve, reject) => {
    if (input.signal?.aborted) {
      reject(new SendFailure('abort', input.signal.reason, false, false, false));
      return;
    }
    const started = performance.now();
    let settled = false;
    let sent = false;
    let responded = false;
    const target = requestTarget(url, route, input.headers);
    const module = target.secure ? https : http;
    const req = module.request({ ...target.options, method: input.method, agent: route.agent });

    const cleanup = () => {
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (phase: FailurePhase, cause: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(new SendFailure(phase, cause, sent, req.reusedSocket, responded));
      req.destroy();
    };
    const onAbort = () => {
      if (settled) return;
      fail('abort', input.signal?.reason);
    };
    const timer = setTimeout(() => fail('timeout', Object.assign(new Error(`no complete answer within ${input.timeoutMs} ms`), { code: 'ETIMEDOUT' })), input.timeoutMs);
    input.signal?.addEventListener('abort', onAbort, { once: true });

    req.once('finish', () => {
      sent = true;
    });
    req.on('error', (error) => fail('error', error));
    req.once('response', (res) => {
      responded = true;
      const status = res.statusCode ?? 0;
      const limit = input.bodyLimit(status);
      const stream = decoded(res);
      const chunks: Buffer[] = [];
      let size = 0;
      const onError = (error: Error) => fail('error', error);
      res.on('error', onError);
      if (stream !== res) stream.on('error', onError);
      res.once('close', () => {
        if (!res.complete) fail('error', Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
      });
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        if (size + chunk.length > limit.bytes) {
          if (limit.strict) {
            fail('too_large', Object.assign(new Error(`response larger than ${limit.bytes} bytes`), { code: 'ESECWIRE_TOO_LARGE' }));
            return;
          }
          chunks.push(chunk.subarray(0, Math.max(0, limit.bytes - size)));
          size = limit.bytes;
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      stream.once('end', () => {
        if (settled) return;
        settled = true;
        cleanup();
        resolve({ status, headers: toHeaders(res.rawHeaders), body: Buffer.concat(chunks), latencyMs: Math.round(performance.now() - started) });
      });
    });
    req.end(input.body);
  });
}

interface Target {
  readonly secure: boolean;
  readonly options: http.RequestOptions;
}

/** Where the request goes: the target itself, or the proxy with the absolute URL (plain-HTTP targets only). */
function requestTarget(url: URL, route: Route, headers: Readonly<Record<string, string>>): Target {
  if (route.absoluteForm && route.proxy) {
    const proxy = route.proxy;
    return {
      secure: proxy.protocol === 'https:',
      options: {
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
        path: `${url.protocol}//${url.host}${url.pathname}${url.search}`,
        headers: { ...headers, host: url.host, ...(route.proxyAuthorization ? { 'proxy-authorization': route.proxyAuthorization } : {}) },
      },
    };
  }
  return {
    secure: url.protocol === 'https:',
    options: {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
      path: `${url.pathname}${url.search}`,
      headers,
    },
  };
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function toHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // A header the fetch Headers type refuses (invalid characters): drop it rather than fail the response.
    }
  }
  return headers;
}
