// Tenable Vulnerability Management REST client (X-ApiKeys): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export const DEFAULT_BASE_URL = 'https://cloud.tenable.com';

/** GET /server/properties, the fields secwire reads (as in pyTenable's recorded cassette). */
export interface TenableServerProperties {
  readonly server_version?: string;
  readonly server_build?: string;
  readonly nessus_type?: string;
  readonly expiration?: number;
  readonly license?: {
    readonly expiration_date?: number;
    readonly evaluation?: boolean;
    readonly ips?: number;
    readonly agents?: number;
    readonly users?: number;
    readonly scanners?: number;
    readonly scanners_used?: number;
    readonly agents_used?: number;
    readonly apps?: Readonly<Record<string, unknown>>;
  };
  readonly capabilities?: Readonly<Record<string, unknown>>;
}

/** GET /session: the user the keys belong to. */
export interface TenableSession {
  readonly id?: number;
  readonly username?: string;
  readonly email?: string;
  readonly name?: string;
}

export interface TenableIoApi {
  serverProperties(): Promise<HttpResponse<TenableServerProperties>>;
  session(): Promise<HttpResponse<TenableSession>>;
}

export function tenableIoApi(ctx: ConnectorContext): TenableIoApi {
  const baseUrl = typeof ctx.auth.base_url === 'string' && ctx.auth.base_url !== '' ? ctx.auth.base_url : DEFAULT_BASE_URL;
  const http = ctx.http({
    baseUrl,
    headers: { 'x-apikeys': `accessKey=${String(ctx.auth.access_key)}; secretKey=${String(ctx.auth.secret_key)}`, accept: 'application/json' },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    serverProperties: () => http.get<TenableServerProperties>('/server/properties', opts),
    session: () => http.get<TenableSession>('/session', opts),
  };
}
