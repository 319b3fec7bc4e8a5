// One client's connections: kept-alive agents (direct or through the proxy), with its TLS settings and guarded DNS.
import http from 'node:http';
import https from 'node:https';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import tls from 'node:tls';
import type { Redactor } from '../secrets/redactor.js';
import { guardedLookup } from './destination-guard.js';
import { proxyFor, type ProxySettings } from './proxy-settings.js';
import { registerHeaderValue } from './register-credentials.js';
import { TunnelAgent } from './tunnel-agent.js';
import type { TlsOptions } from './types.js';

export interface Route {
  readonly agent: http.Agent;
  /** Set when the request goes through a proxy. */
  readonly proxy?: URL;
  /** Plain-HTTP target through a proxy: send the absolute URL to the proxy (with Proxy-Authorization). */
  readonly absoluteForm: boolean;
  readonly proxyAuthorization?: string;
}

export interface Transport {
  route(url: URL): Route;
  close(): void;
}

export interface TransportOptions {
  readonly tls?: TlsOptions;
  readonly lookup?: LookupFunction;
  readonly proxies: ProxySettings;
  readonly maxSockets: number;
  readonly redactor: Redactor;
}

/** Throws TlsConfigError when the CA bundle or the client certificate cannot be loaded. */
export function createTransport(options: TransportOptions): Transport {
  const common = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' as const };
  const tlsOptions = tlsAgentOptions(options.tls);
  const lookup = guardedLookup(options.lookup);
  const agents = new Map<string, http.Agent>();
  const agent = (key: string, make: () => http.Agent) => {
    let found = agents.get(key);
    if (!found) {
      found = make();
      agents.set(key, found);
    }
    return found;
  };
  return {
    route(url) {
      const proxy = proxyFor(url, options.proxies);
      const https_ = url.protocol === 'https:';
      if (!proxy) {
        return https_
          ? { agent: agent('https', () => new https.Agent({ ...common, ...tlsOptions, lookup })), absoluteForm: false }
          : { agent: agent('http', () => new http.Agent({ ...common, lookup })), absoluteForm: false };
      }
      const proxyAuthorization = proxyCredentials(proxy, options.redactor);
      if (https_) {
        const tunnel = agent(`tunnel ${proxy.href}`, () => new TunnelAgent({ ...common, ...tlsOptions, proxy, ...(proxyAuthorization ? { proxyAuthorization } : {}) }));
        return { agent: tunnel, proxy, absoluteForm: false };
      }
      const forward = agent(`forward ${proxy.href}`, () => (proxy.protocol === 'https:' ? new https.Agent({ ...common }) : new http.Agent({ ...common })));
      return { agent: forward, proxy, absoluteForm: true, ...(proxyAuthorization ? { proxyAuthorization } : {}) };
    },
    close() {
      for (const a of agents.values()) a.destroy();
      agents.clear();
    },
  };
}

export class TlsConfigError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'TlsConfigError';
  }
}

/** Agent TLS options, built once per client: one secure context (system roots + the extra CA bundle, client cert). */
function tlsAgentOptions(settings: TlsOptions | undefined): https.AgentOptions {
  if (!settings) return {};
  const { caPem, clientCertPem, clientKeyPem, insecureSkipVerify } = settings;
  if (Boolean(clientCertPem) !== Boolean(clientKeyPem)) {
    throw new TlsConfigError(`a client certificate needs both its certificate and its private key (only the ${clientCertPem ? 'certificate' : 'key'} is set)`, undefined);
  }
  if (!caPem && !clientCertPem && !insecureSkipVerify) return {};
  const context: tls.SecureContextOptions = {};
  if (caPem) {
    checkCertificates(caPem, 'the CA bundle');
    // `ca` replaces the trusted roots: keep the system's and NODE_EXTRA_CA_CERTS, add the bundle.
    context.ca = [...tls.rootCertificates, ...extraCaCerts(), caPem];
  }
  if (clientCertPem && clientKeyPem) {
    checkCertificates(clientCertPem, 'the client certificate');
    context.cert = clientCertPem;
    context.key = clientKeyPem;
  }
  let secureContext: tls.SecureContext;
  try {
    secureContext = tls.createSecureContext(context);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const which = caPem && !clientCertPem ? 'the CA bundle' : clientCertPem && !caPem ? 'the client certificate or key' : 'the CA bundle or the client certificate';
    throw new TlsConfigError(`${which} could not be loaded (${e.message ?? 'invalid PEM'})`, e.code);
  }
  return { secureContext, ...(insecureSkipVerify ? { rejectUnauthorized: false } : {}) };
}

/** Every PEM certificate in the text must parse (the TLS stack would silently skip a broken one). */
function checkCertificates(pem: string, what: string): void {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new TlsConfigError(`${what} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, undefined);
  blocks.forEach((block, i) => {
    try {
      new X509Certificate(block);
    } catch (error) {
      const which = blocks.length > 1 ? ` (certificate ${i + 1} of ${blocks.length})` : '';
      throw new TlsConfigError(`${what} could not be loaded${which}: ${(error as Error).message}`, (error as { code?: string }).code);
    }
  });
}

function extraCaCerts(): string[] {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return [];
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    return [];
  }
}

/** `Basic …` from a proxy URL's user:password (registered with the redactor), or undefined. */
function proxyCredentials(proxy: URL, using: Redactor): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  const value = `Basic ${Buffer.from(pair).toString('base64')}`;
  registerHeaderValue(value, using);
  return value;
}
