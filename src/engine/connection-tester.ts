// Runs a connector's connection test through the registry's runtime, with per-host limits on every request.
import { findConnector } from '../catalog/registry.js';
import type { ConnectionTestResult, ConnectorContext, MappingProblem } from '../catalog/runtime.js';
import type { HttpClient, HttpClientOptions } from '../http/types.js';
import type { DesiredRecord } from './desired.js';
import type { HostLimiter } from './host-limiter.js';
import { tlsOptions } from './tls-settings.js';

/** undefined: the type has no connection test (yet). */
export type ConnectionTester = (want: DesiredRecord, credentials: ReadonlyMap<string, Uint8Array>) => Promise<ConnectionTestResult | undefined>;

export interface TesterOptions {
  readonly createClient: (options: HttpClientOptions) => HttpClient;
  /** Per-host limits; absent for a single test (`secwire test`). */
  readonly limiter?: HostLimiter;
  readonly retries?: number;
  readonly warn?: (message: string) => void;
}

/** undefined: the type checks no mappings. Otherwise every value of the manifest the live instance does not know. */
export type MappingChecker = (want: DesiredRecord, credentials: ReadonlyMap<string, Uint8Array>) => Promise<MappingProblem[] | undefined>;

export function registryMappingChecker(options: TesterOptions): MappingChecker {
  return async (want, credentials) => {
    const connector = findConnector(want.type);
    const runtime = connector?.runtime ? await connector.runtime() : undefined;
    if (!connector || !runtime?.checkMappings) return undefined;
    return runtime.checkMappings(connectorContext(want, credentials, connector.entry.displayName, options));
  };
}

export function registryTester(options: TesterOptions): ConnectionTester {
  return async (want, credentials) => {
    const connector = findConnector(want.type);
    const runtime = connector?.runtime ? await connector.runtime() : undefined;
    if (!connector || !runtime?.testConnection) return undefined;
    return runtime.testConnection(connectorContext(want, credentials, connector.entry.displayName, options));
  };
}

/** What a connector needs to know about the integration it talks to. */
export type ContextTarget = Pick<DesiredRecord, 'name' | 'type' | 'spec'> & { readonly sourceFile?: string };

/** Auth and config as the connector sees them: the declared values with every secret in plaintext. */
export function connectorContext(
  want: ContextTarget,
  credentials: ReadonlyMap<string, Uint8Array>,
  vendor: string,
  options: TesterOptions,
  signal?: AbortSignal,
): ConnectorContext {
  const blocks: Record<'auth' | 'config', Record<string, unknown>> = {
    auth: { ...((want.spec.auth as Record<string, unknown> | undefined) ?? {}) },
    config: { ...((want.spec.config as Record<string, unknown> | undefined) ?? {}) },
  };
  const tls = tlsOptions(want.spec.tls, want.sourceFile);
  const decoder = new TextDecoder();
  const plaintexts: string[] = [];
  for (const [path, bytes] of credentials) {
    const [block, name] = path.split('.') as ['auth' | 'config', string];
    const value = decoder.decode(bytes);
    blocks[block][name] = value;
    plaintexts.push(value);
  }
  return {
    name: want.name,
    type: want.type,
    auth: blocks.auth,
    config: blocks.config,
    spec: want.spec,
    http: (clientOptions) => {
      const client = options.createClient({
        ...(tls ? { tls } : {}),
        ...clientOptions,
        // Every secret of the integration, whether or not this client sends it in a header: a connector that puts one
        // in a form or login body cannot forget to have it masked.
        secrets: [...plaintexts, ...(clientOptions.secrets ?? [])],
        integration: want.name,
        vendor,
        ...(options.retries !== undefined ? { retry: { retries: options.retries, ...clientOptions.retry } } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
      });
      return options.limiter ? limited(client, options.limiter) : client;
    },
    ...(signal ? { signal } : {}),
  };
}

/** Every request of the client waits for its host's slot and rate. */
function limited(client: HttpClient, limiter: HostLimiter): HttpClient {
  const host = new URL(client.baseUrl).host;
  return {
    baseUrl: client.baseUrl,
    request: (req) => limiter.schedule(host, () => client.request(req)),
    get: (path, req) => limiter.schedule(host, () => client.get(path, req)),
    post: (path, body, req) => limiter.schedule(host, () => client.post(path, body, req)),
  };
}
