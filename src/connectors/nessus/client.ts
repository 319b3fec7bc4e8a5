// Nessus REST client (X-ApiKeys): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /server/status: answers before authentication. */
export interface NessusServerStatus {
  readonly status?: string;
  readonly progress?: number | null;
}

/**
 * GET /server/properties, the fields secwire reads. It answers without authentication too, then without
 * build and version numbers (Nessus API reference), so it does not prove the keys.
 */
export interface NessusServerProperties {
  readonly nessus_type?: string;
  readonly server_version?: string;
  readonly server_build?: string;
  readonly nessus_ui_version?: string;
  readonly expiration?: number;
  readonly license?: {
    /** `professional`, `home` (Essentials), … */
    readonly type?: string;
    readonly name?: string;
    /** Epoch seconds (the API reference types it as a string). */
    readonly expiration_date?: number | string;
    readonly ips?: number | string;
    readonly agents?: number | string;
    readonly scanners?: number | string;
    readonly evaluation?: boolean;
    /** `scan_api: false` on editions that refuse scan create/launch over the API. */
    readonly features?: { readonly api?: boolean; readonly scan_api?: boolean };
  };
}

/** GET /session: the user the keys belong to; needs authentication, so it is the call that proves the keys. */
export interface NessusSession {
  readonly id?: number;
  readonly username?: string;
  readonly email?: string | null;
  readonly name?: string;
  readonly permissions?: number;
}

export interface NessusApi {
  serverStatus(): Promise<HttpResponse<NessusServerStatus>>;
  serverProperties(): Promise<HttpResponse<NessusServerProperties>>;
  session(): Promise<HttpResponse<NessusSession>>;
}

export function nessusApi(ctx: ConnectorContext): NessusApi {
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Nessus`);
  const http = ctx.http({
    baseUrl: ctx.auth.base_url.replace(/\/+$/, ''),
    headers: { 'x-apikeys': `accessKey=${String(ctx.auth.access_key)}; secretKey=${String(ctx.auth.secret_key)}`, accept: 'application/json' },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    serverStatus: () => http.get<NessusServerStatus>('/server/status', opts),
    serverProperties: () => http.get<NessusServerProperties>('/server/properties', opts),
    session: () => http.get<NessusSession>('/session', opts),
  };
}
