// Rapid7 InsightVM Security Console API v3 client (HTTP Basic): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /api/3/administration/info (definition Info of the console's Swagger). */
export interface Rapid7Info {
  readonly version?: { readonly semantic?: string; readonly build?: string; readonly platform?: string; readonly changeset?: string };
  readonly serial?: string;
  readonly fqdn?: string;
  readonly host?: string;
  /** The operating-system user the console runs as, not the API caller. */
  readonly user?: string;
  readonly superuser?: boolean;
}

/** GET /api/3/administration/license (definition License; Global Administrator only). */
export interface Rapid7License {
  readonly edition?: string;
  readonly evaluation?: boolean;
  readonly expires?: string;
  readonly perpetual?: boolean;
  readonly status?: string;
  readonly limits?: { readonly assets?: number; readonly assetsWithHostedEngine?: number; readonly scanEngines?: number; readonly users?: number };
}

export interface Rapid7Api {
  info(): Promise<HttpResponse<Rapid7Info>>;
  /** Undefined when the user is not a Global Administrator (403). */
  license(): Promise<HttpResponse<Rapid7License> | undefined>;
}

export function rapid7Deployment(ctx: ConnectorContext): 'console' | 'cloud' {
  return ctx.auth.deployment === 'cloud' ? 'cloud' : 'console';
}

/** The console API v3 (deployment: console); the cloud deployment uses cloud-client.ts. */
export function rapid7Api(ctx: ConnectorContext): Rapid7Api {
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Rapid7 InsightVM`);
  if (typeof ctx.auth.username !== 'string' || typeof ctx.auth.password !== 'string' || ctx.auth.password === '') {
    throw new Error(`${ctx.name}: auth.username and auth.password are required for the Rapid7 console`);
  }
  const http = ctx.http({
    baseUrl: `${ctx.auth.base_url.replace(/\/+$/, '').replace(/\/api\/3$/, '')}/api/3`,
    headers: { authorization: `Basic ${Buffer.from(`${ctx.auth.username}:${ctx.auth.password}`, 'utf8').toString('base64')}`, accept: 'application/json' },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    info: () => http.get<Rapid7Info>('/administration/info', opts),
    async license() {
      const response = await http.get<Rapid7License>('/administration/license', { ...opts, okStatuses: [403] });
      return response.status === 403 ? undefined : response;
    },
  };
}
