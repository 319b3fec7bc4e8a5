// Fortify SSC REST client (Authorization: FortifyToken <token>): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** SSC's list envelope: `data`, the total `count`, and `responseCode`. */
export interface SscList<T> {
  readonly data?: readonly T[];
  readonly count?: number;
  readonly responseCode?: number;
}

/** An application ("project" in the API), the fields secwire reads. */
export interface SscProject {
  readonly id?: number;
  readonly name?: string;
}

export interface FortifyApi {
  /** One application: the cheapest call that needs an authorised token. */
  projects(): Promise<HttpResponse<SscList<SscProject>>>;
}

export function fortifyApi(ctx: ConnectorContext): FortifyApi {
  // base_url carries the context path (…/ssc); the API lives under /api/v1 on it.
  const baseUrl = String(ctx.auth.base_url).replace(/\/+$/, '');
  const http = ctx.http({ baseUrl, headers: { authorization: `FortifyToken ${String(ctx.auth.token)}`, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    projects: () => http.get<SscList<SscProject>>('/api/v1/projects', { query: { limit: 1 }, ...opts }),
  };
}
