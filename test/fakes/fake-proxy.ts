// A loopback forward proxy for tests: CONNECT tunnels and absolute-URL requests, logged, optionally with Basic auth.
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface ProxyLogEntry {
  readonly kind: 'connect' | 'forward';
  /** host:port for CONNECT; the absolute URL for a forwarded request. */
  readonly target: string;
  readonly headers: Readonly<http.IncomingHttpHeaders>;
}

export interface FakeProxyOptions {
  /** Where a target really is (default: as named). Lets a test name `api.vendor.test` and reach a loopback fake. */
  readonly resolve?: (host: string, port: number) => { host: string; port: number };
  /** When set, requests without this exact Proxy-Authorization get 407. */
  readonly proxyAuthorization?: string;
}

export interface FakeProxy {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  readonly log: ProxyLogEntry[];
  close(): Promise<void>;
}

export async function startFakeProxy(options: FakeProxyOptions = {}): Promise<FakeProxy> {
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const resolve = options.resolve ?? ((host: string, port: number) => ({ host, port }));
  const authorized = (headers: http.IncomingHttpHeaders) => !options.proxyAuthorization || headers['proxy-authorization'] === options.proxyAuthorization;

  const server = http.createServer((req, res) => {
    const target = req.url ?? '';
    log.push({ kind: 'forward', target, headers: req.headers });
    if (!authorized(req.headers)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="fake"' }).end();
      return;
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400).end('absolute URL expected');
      return;
    }
    const where = resolve(url.hostname, Number(url.port || 80));
    const { 'proxy-authorization': _auth, 'proxy-connection': _pc, ...headers } = req.headers;
    const upstream = http.request({ host: where.host, port: where.port, method: req.method, path: `${url.pathname}${url.search}`, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end('bad gateway'));
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    log.push({ kind: 'connect', target, headers: req.headers });
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!authorized(req.headers)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="fake"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    if (!m) {
      client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const where = resolve(m[1]!, Number(m[2]));
    const upstream = net.connect(where.port, where.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    upstream.on('error', () => {
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close() {
      return new Promise<void>((ok) => {
        server.close(() => ok());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
    },
  };
}
