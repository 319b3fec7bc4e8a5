// HTTPS_PROXY / HTTP_PROXY / NO_PROXY: which proxy, if any, a URL goes through. Loopback never goes through one.
import { BlockList, isIP } from 'node:net';
import { normalizeHost } from './destination-guard.js';

export interface ProxySettings {
  readonly httpProxy?: URL;
  readonly httpsProxy?: URL;
  readonly noProxy: readonly NoProxyRule[];
}

export type NoProxyRule =
  | { readonly kind: 'all' }
  | { readonly kind: 'domain'; readonly domain: string; readonly port?: number }
  | { readonly kind: 'network'; readonly list: BlockList; readonly port?: number };

export class ProxyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProxyConfigError';
  }
}

/** Lower-case names win over upper-case ones (curl's and undici's order). */
export function proxySettingsFromEnv(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const read = (name: string) => {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const https = read('https_proxy');
  const http = read('http_proxy');
  return {
    ...(https ? { httpsProxy: parseProxyUrl(https, 'HTTPS_PROXY') } : {}),
    ...(http ? { httpProxy: parseProxyUrl(http, 'HTTP_PROXY') } : {}),
    noProxy: parseNoProxy(read('no_proxy') ?? ''),
  };
}

/** A proxy URL; `host:port` without a scheme means http://. Only http:// and https:// proxies are supported. */
export function parseProxyUrl(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    throw new ProxyConfigError(`${name} is not a valid URL; set it to http://host:port`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyConfigError(`${name} uses ${url.protocol.slice(0, -1)}://, which is not supported; use an http:// or https:// proxy`);
  }
  return url;
}

/** NO_PROXY: comma- or space-separated; `*`; host names and domains (`example.com`, `.example.com`, `*.example.com`), IPs and CIDRs, each with an optional `:port`. */
export function parseNoProxy(value: string): NoProxyRule[] {
  const rules: NoProxyRule[] = [];
  for (const raw of value.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') {
      rules.push({ kind: 'all' });
      continue;
    }
    const { host, port } = splitPort(entry);
    const [address, prefix] = host.split('/') as [string, string | undefined];
    const family = isIP(address);
    if (family !== 0) {
      const list = new BlockList();
      const type = family === 4 ? 'ipv4' : 'ipv6';
      const bits = prefix === undefined ? undefined : Number(prefix);
      if (bits === undefined) list.addAddress(address, type);
      else if (Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)) list.addSubnet(address, bits, type);
      else continue;
      rules.push(port === undefined ? { kind: 'network', list } : { kind: 'network', list, port });
      continue;
    }
    const domain = host.replace(/^\*?\.+/, '').replace(/\.+$/, '');
    if (domain !== '') rules.push(port === undefined ? { kind: 'domain', domain } : { kind: 'domain', domain, port });
  }
  return rules;
}

/** True for localhost and loopback addresses: a remote proxy cannot reach this machine's loopback. */
export function isLoopbackHost(hostname: string): boolean {
  const host = normalizeHost(hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 4) return host.startsWith('127.');
  if (family === 6) return host === '::1' || /^::ffff:127\./.test(host) || /^(0+:){7}0*1$/.test(host);
  return false;
}

export function bypassesProxy(url: URL, rules: readonly NoProxyRule[]): boolean {
  const host = normalizeHost(url.hostname);
  if (isLoopbackHost(host)) return true;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const family = isIP(host);
  return rules.some((rule) => {
    if (rule.kind === 'all') return true;
    if (rule.port !== undefined && rule.port !== port) return false;
    if (rule.kind === 'network') return family !== 0 && rule.list.check(host, family === 4 ? 'ipv4' : 'ipv6');
    return host === rule.domain || host.endsWith(`.${rule.domain}`);
  });
}

/** The proxy a request to `url` must go through, or undefined for a direct connection. */
export function proxyFor(url: URL, settings: ProxySettings): URL | undefined {
  const proxy = url.protocol === 'https:' ? settings.httpsProxy : settings.httpProxy;
  if (!proxy || bypassesProxy(url, settings.noProxy)) return undefined;
  return proxy;
}

function splitPort(entry: string): { host: string; port?: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return bracketed[2] ? { host: bracketed[1]!, port: Number(bracketed[2]) } : { host: bracketed[1]! };
  const colons = entry.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = entry.split(':') as [string, string];
    if (/^\d+$/.test(port)) return { host, port: Number(port) };
  }
  return { host: entry };
}
