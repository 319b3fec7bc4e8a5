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

/**
 * POST /api/v1/userSession/tokenData: the token that made the call (SSC after 23.2; `TokenDataResponse` in SSC's own OpenAPI,
 * fortify/ssc-restapi-client src/swagger/spec.json). Dates look like 2026-01-31T10:00:00.000+0000.
 */
export interface SscTokenData {
  readonly id?: number;
  readonly type?: string;
  readonly description?: string;
  readonly creationDate?: string;
  readonly terminalDate?: string;
  /** API calls left on the token; -1 means unlimited. */
  readonly remainingUsages?: number;
}

export interface FortifyApi {
  /** One application: the cheapest call that needs an authorised token. */
  projects(): Promise<HttpResponse<SscList<SscProject>>>;
  /** The calling token's type and expiry, or undefined where SSC does not offer it (older servers answer 404 or 401). */
  tokenData(): Promise<SscTokenData | undefined>;
}

export function fortifyApi(ctx: ConnectorContext): FortifyApi {
  // base_url carries the context path (…/ssc); the API lives under /api/v1 on it.
  const baseUrl = String(ctx.auth.base_url).replace(/\/+$/, '');
  const http = ctx.http({ baseUrl, headers: { authorization: `FortifyToken ${String(ctx.auth.token)}`, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    projects: () => http.get<SscList<SscProject>>('/api/v1/projects', { query: { limit: 1 }, ...opts }),
    async tokenData() {
      // Read-only despite POST; fcli sends an empty object the same way. A refusal only means "expiry unknown".
      const res = await http.post<{ data?: SscTokenData }>('/api/v1/userSession/tokenData', {}, { okStatuses: [401, 403, 404], ...opts });
      return res.status === 200 ? res.body.data : undefined;
    },
  };
}
