// Splits a scan target ("https://host:8443/path", "host:22", "10.0.0.1", "[::1]:80") into host name, IP and port.

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443, ftp: 21 };
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

export interface TargetAddress {
  hostname?: string;
  ip?: string;
  port?: number;
}

export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || (host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host));
}

function withHost(out: TargetAddress, host: string): TargetAddress {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare === '') return out;
  if (isIpAddress(bare)) out.ip = bare;
  else out.hostname = bare.toLowerCase();
  return out;
}

export function parseTarget(target: string): TargetAddress {
  const text = target.trim();
  const out: TargetAddress = {};
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      const scheme = url.protocol.slice(0, -1).toLowerCase();
      const port = url.port !== '' ? Number(url.port) : DEFAULT_PORTS[scheme];
      if (port !== undefined) out.port = port;
      return withHost(out, url.hostname);
    } catch {
      return out;
    }
  }
  const hostPort = /^(\[[^\]]+\]|[^:/\s]+):(\d{1,5})(?:\/.*)?$/.exec(text);
  if (hostPort) {
    const port = Number(hostPort[2]);
    if (port <= 65535) out.port = port;
    return withHost(out, hostPort[1] ?? '');
  }
  const host = text.split('/')[0] ?? '';
  return /\s/.test(host) ? out : withHost(out, host);
}
