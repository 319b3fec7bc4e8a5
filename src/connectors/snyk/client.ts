// Snyk REST client (Authorization: token, dated version parameter, regional host): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export const DEFAULT_BASE_URL = 'https://api.snyk.io';
/** The REST API version secwire is written against; Snyk requires one on every REST call. */
export const REST_VERSION = '2024-10-15';

/** GET /rest/self: a JSON:API document about the token's user or service account. */
export interface SnykSelf {
  readonly data?: {
    readonly id?: string;
    readonly type?: string;
    readonly attributes?: { readonly name?: string; readonly username?: string; readonly email?: string };
  };
}

export interface SnykApi {
  self(): Promise<HttpResponse<SnykSelf>>;
}

export function snykApi(ctx: ConnectorContext): SnykApi {
  const baseUrl = typeof ctx.auth.base_url === 'string' && ctx.auth.base_url !== '' ? ctx.auth.base_url : DEFAULT_BASE_URL;
  const http = ctx.http({ baseUrl, headers: { authorization: `token ${String(ctx.auth.token)}`, accept: 'application/vnd.api+json' } });
  return {
    self: () => http.get<SnykSelf>('/rest/self', { query: { version: REST_VERSION }, ...(ctx.signal ? { signal: ctx.signal } : {}) }),
  };
}
