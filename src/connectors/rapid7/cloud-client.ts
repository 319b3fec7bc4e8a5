// Rapid7 Insight platform client for InsightVM cloud (X-Api-Key): the platform's key check and the Cloud Integrations
// API v4 under /vm/v4/integration/. HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /validate on the regional platform host: `{"message": "Authorized"}`, or 401 `{"message": "Unauthorized"}`. */
export interface InsightValidation {
  readonly message?: string;
}

/** A v4 page: `data`, and `metadata` with zero-based `number`, `size`, `totalResources`, `totalPages`. */
export interface InsightPage<T> {
  readonly data?: readonly T[];
  readonly metadata?: { readonly number?: number; readonly size?: number; readonly totalResources?: number; readonly totalPages?: number };
}

export interface InsightScanEngine {
  readonly id?: string;
  readonly name?: string;
}

export interface Rapid7CloudApi {
  /** The regional platform host, e.g. `us` for https://us.api.insight.rapid7.com (undefined for other hosts). */
  readonly region: string | undefined;
  validate(): Promise<HttpResponse<InsightValidation>>;
  /** The first page (size 1) of the scan engines paired with the organization: proves InsightVM access. */
  scanEngines(): Promise<HttpResponse<InsightPage<InsightScanEngine>>>;
}

const REGIONAL_HOST = /^([a-z0-9]+)\.api\.insight\.rapid7\.com$/i;

export function rapid7CloudApi(ctx: ConnectorContext): Rapid7CloudApi {
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Rapid7 InsightVM`);
  if (typeof ctx.auth.api_key !== 'string' || ctx.auth.api_key === '') throw new Error(`${ctx.name}: auth.api_key is required for the Rapid7 cloud deployment`);
  // The platform root: users may paste the v4 base path they saw in Rapid7's docs.
  const root = ctx.auth.base_url.replace(/\/+$/, '').replace(/\/vm\/v4(\/integration)?$/, '');
  const http = ctx.http({ baseUrl: root, headers: { 'x-api-key': ctx.auth.api_key, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    region: REGIONAL_HOST.exec(new URL(http.baseUrl).hostname)?.[1]?.toLowerCase(),
    validate: () => http.get<InsightValidation>('/validate', opts),
    scanEngines: () => http.get<InsightPage<InsightScanEngine>>('/vm/v4/integration/scan/engine', { ...opts, query: { page: 0, size: 1 } }),
  };
}
