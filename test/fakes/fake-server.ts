// A loopback fake HTTP(S) server for vendor fakes: a route table, a request log, and 599 for anything unexpected.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { compileRoute, type CompiledRoute } from './route-table.js';

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case names, as Node gives them. */
  readonly headers: Readonly<http.IncomingHttpHeaders>;
  readonly body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
  readonly params: Readonly<Record<string, string>>;
  /** The matched route's key, or undefined for an unexpected request. */
  readonly route?: string;
  /** 1 for the first request to this route, 2 for the second … (0 when unmatched). */
  readonly n: number;
  /** The client's source port: requests on one kept-alive connection share it. */
  readonly remotePort: number;
  /** Common name of the client certificate, when one was presented (TLS servers that request one). */
  readonly clientCert?: { readonly subject: string; readonly authorized: boolean };
}

export interface FakeResponse {
  /** Default 200. */
  readonly status?: number;
  /** Undefined values are left out. */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** A string or Buffer is sent as is; anything else as JSON. */
  readonly body?: unknown;
  /** Waits before answering. */
  readonly delayMs?: number;
  /** Never answers (until close()). */
  readonly hang?: boolean;
  /** Resets the connection instead of answering. */
  readonly reset?: boolean;
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;
export type FakeRoutes = Readonly<Record<string, FakeHandler | FakeResponse>>;

export interface FakeTls {
  readonly key: string;
  readonly cert: string;
  /** CA for client certificates; with requestCert the server asks for one (and records it). */
  readonly ca?: string;
  readonly requestCert?: boolean;
}

export interface FakeServerOptions {
  readonly routes: FakeRoutes;
  readonly tls?: FakeTls;
  /** Server-wide token bucket: `perSecond` requests per second (burst `burst`, default perSecond); beyond it 429 + Retry-After. */
  readonly rateLimit?: { readonly perSecond: number; readonly burst?: number; readonly retryAfterSeconds?: number };
}

export interface FakeServer {
  /** `http(s)://127.0.0.1:port` */
  readonly url: string;
  readonly port: number;
  /** Every request, in arrival order (matched or not). */
  readonly requests: FakeRequest[];
  /** Requests no route matched (answered 599). */
  readonly unexpected: FakeRequest[];
  /** Adds or replaces a route. */
  route(key: string, handler: FakeHandler | FakeResponse): void;
  /** Throws, listing them, when any request matched no route. */
  assertNoUnexpected(): void;
  close(): Promise<void>;
}

export const UNEXPECTED_STATUS = 599;

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const routes: CompiledRoute<FakeHandler | FakeResponse>[] = Object.entries(options.routes).map(([key, handler]) => compileRoute(key, handler));
  const counts = new Map<string, number>();
  const requests: FakeRequest[] = [];
  const unexpected: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const bucket = options.rateLimit ? tokenBucket(options.rateLimit.perSecond, options.rateLimit.burst ?? options.rateLimit.perSecond) : undefined;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    let matched: { route: CompiledRoute<FakeHandler | FakeResponse>; params: Record<string, string> } | undefined;
    for (const route of routes) {
      const params = route.match(method, url.pathname);
      if (params) {
        matched = { route, params };
        break;
      }
    }
    const n = matched ? (counts.get(matched.route.key) ?? 0) + 1 : 0;
    if (matched) counts.set(matched.route.key, n);
    const tlsSocket = req.socket as TLSSocket;
    const peer = options.tls?.requestCert ? tlsSocket.getPeerCertificate?.() : undefined;
    const record: FakeRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      json: parseJson(body),
      params: matched?.params ?? {},
      n,
      remotePort: req.socket.remotePort ?? 0,
      ...(matched ? { route: matched.route.key } : {}),
      ...(peer && peer.subject ? { clientCert: { subject: String(peer.subject.CN ?? ''), authorized: tlsSocket.authorized } } : {}),
    };
    requests.push(record);
    if (!matched) {
      unexpected.push(record);
      send(res, { status: UNEXPECTED_STATUS, body: { error: `fake server: no route for ${method} ${url.pathname}` } });
      return;
    }
    if (bucket && !bucket()) {
      send(res, { status: 429, headers: { 'retry-after': String(options.rateLimit?.retryAfterSeconds ?? 1) }, body: { error: 'rate limited' } });
      return;
    }
    const handler = matched.route.handler;
    let answer: FakeResponse;
    try {
      answer = typeof handler === 'function' ? await handler(record) : handler;
    } catch (error) {
      answer = { status: 500, body: { error: `fake handler threw: ${(error as Error).message}` } };
    }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer.hang) return;
    if (answer.reset) {
      const socket = req.socket as Socket & { resetAndDestroy?: () => void };
      if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
      else socket.destroy();
      return;
    }
    send(res, answer);
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error: String(error) } });
    });
  };
  const server = options.tls
    ? https.createServer(
        {
          key: options.tls.key,
          cert: options.tls.cert,
          ...(options.tls.ca ? { ca: options.tls.ca } : {}),
          requestCert: options.tls.requestCert ?? false,
          rejectUnauthorized: false,
        },
        listener,
      )
    : http.createServer(listener);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A TLS server's raw sockets arrive on 'connection' too; secure ones are tracked through 'secureConnection'.
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    unexpected,
    route(key, handler) {
      const compiled = compileRoute(key, handler);
      const at = routes.findIndex((r) => r.key === key);
      if (at === -1) routes.push(compiled);
      else routes[at] = compiled;
    },
    assertNoUnexpected() {
      if (unexpected.length > 0) {
        throw new Error(`fake server got ${unexpected.length} unexpected request(s):\n${unexpected.map((r) => `  ${r.method} ${r.path}${queryText(r.query)}`).join('\n')}`);
      }
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections?.();
      });
    },
  };
}

function send(res: http.ServerResponse, answer: FakeResponse): void {
  const headers: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(answer.headers ?? {})) if (value !== undefined) headers[name] = value;
  const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
  let payload: Buffer | undefined;
  if (answer.body !== undefined) {
    if (typeof answer.body === 'string') {
      payload = Buffer.from(answer.body, 'utf8');
      if (!has('content-type')) headers['content-type'] = 'text/plain; charset=utf-8';
    } else if (Buffer.isBuffer(answer.body)) {
      payload = answer.body;
    } else {
      payload = Buffer.from(JSON.stringify(answer.body), 'utf8');
      if (!has('content-type')) headers['content-type'] = 'application/json';
    }
  }
  res.writeHead(answer.status ?? 200, headers as http.OutgoingHttpHeaders);
  res.end(payload);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function queryText(query: Readonly<Record<string, string>>): string {
  const text = new URLSearchParams(query).toString();
  return text ? `?${text}` : '';
}

/** True when a request may pass now; refills `perSecond` tokens per second up to `burst`. */
function tokenBucket(perSecond: number, burst: number): () => boolean {
  let tokens = burst;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
