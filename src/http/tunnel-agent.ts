// An https.Agent whose connections go through an HTTP(S) proxy's CONNECT tunnel; TLS to the target runs inside it.
import { Agent, type AgentOptions } from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';

/** Code of the error for a proxy that did not open the tunnel. */
export const PROXY_REFUSED = 'ESECWIRE_PROXY';

export class ProxyRefusedError extends Error {
  readonly code = PROXY_REFUSED;
  constructor(
    readonly proxyStatus: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ProxyRefusedError';
  }
}

export interface TunnelAgentOptions extends AgentOptions {
  readonly proxy: URL;
  /** `Basic …` for a proxy URL with user:password, sent as Proxy-Authorization. */
  readonly proxyAuthorization?: string;
  /** Timeout for reaching the proxy and opening the tunnel, in ms. */
  readonly connectTimeoutMs?: number;
}

type ConnectCallback = (err: Error | null, socket?: Duplex) => void;

export class TunnelAgent extends Agent {
  private readonly proxy: URL;
  private readonly proxyAuthorization: string | undefined;
  private readonly connectTimeoutMs: number;

  constructor(options: TunnelAgentOptions) {
    const { proxy, proxyAuthorization, connectTimeoutMs, ...agentOptions } = options;
    super(agentOptions);
    this.proxy = proxy;
    this.proxyAuthorization = proxyAuthorization;
    this.connectTimeoutMs = connectTimeoutMs ?? 30_000;
  }

  // Node's Agent accepts a socket returned later through the callback.
  override createConnection(options: tls.ConnectionOptions & { host?: string; port?: number }, callback: ConnectCallback): undefined {
    const host = options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    const proxyPort = Number(this.proxy.port || (this.proxy.protocol === 'https:' ? 443 : 80));
    const proxyHost = this.proxy.hostname.replace(/^\[|\]$/g, '');
    const raw =
      this.proxy.protocol === 'https:'
        ? tls.connect({ host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) ? {} : { servername: proxyHost }) })
        : net.connect({ host: proxyHost, port: proxyPort });
    let done = false;
    const finish = (err: Error | null, socket?: Duplex) => {
      if (done) return;
      done = true;
      raw.setTimeout(0);
      raw.removeListener('error', onError);
      if (err) {
        raw.destroy();
        callback(err);
      } else callback(null, socket);
    };
    const onError = (err: Error) => finish(err);
    raw.once('error', onError);
    raw.setTimeout(this.connectTimeoutMs, () => finish(Object.assign(new Error(`proxy ${this.proxy.host} did not open a tunnel in time`), { code: 'ETIMEDOUT' })));
    raw.once(this.proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      const authority = net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
      const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
      if (this.proxyAuthorization) lines.push(`Proxy-Authorization: ${this.proxyAuthorization}`);
      raw.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) {
        if (buffered.length > 16_384) {
          raw.removeListener('data', onData);
          finish(new ProxyRefusedError(undefined, `proxy ${this.proxy.host} sent an oversized answer to CONNECT`));
        }
        return;
      }
      raw.removeListener('data', onData);
      const statusLine = buffered.subarray(0, buffered.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine)?.[1]);
      if (status !== 200) {
        const what = Number.isNaN(status) ? 'an invalid answer' : statusLine.replace(/^HTTP\/\S+\s+/, '');
        finish(new ProxyRefusedError(Number.isNaN(status) ? undefined : status, `proxy ${this.proxy.host} refused the tunnel to ${authorityOf(host, port)}: ${what}`));
        return;
      }
      const rest = buffered.subarray(end + 4);
      raw.pause();
      if (rest.length > 0) raw.unshift(rest);
      // host stays: tls checks the certificate against servername, else host.
      const { port: _port, path: _path, socket: _socket, ...tlsOptions } = options as tls.ConnectionOptions & { path?: string };
      const secure = tls.connect({
        ...tlsOptions,
        host,
        socket: raw,
        ...(net.isIP(host) ? {} : { servername: options.servername ?? host }),
      });
      secure.once('error', (err) => finish(err));
      secure.once('secureConnect', () => finish(null, secure));
    };
    raw.on('data', onData);
    return undefined;
  }
}

function authorityOf(host: string, port: number): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
