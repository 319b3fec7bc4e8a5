// Burp Suite DAST GraphQL client (raw API key in Authorization): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export const GRAPHQL_PATH = '/graphql/v1';

/** A GraphQL answer: data, or errors (sent with status 200 for query errors). */
export interface GraphQlResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message?: string; readonly extensions?: Readonly<Record<string, unknown>> }[];
}

export interface BurpSiteTree {
  readonly site_tree?: {
    readonly sites?: readonly { readonly id?: string; readonly name?: string; readonly parent_id?: string }[];
    readonly folders?: readonly { readonly id?: string; readonly name?: string }[];
  } | null;
}

/** The cheapest query that needs a valid key: the ids and names of the sites the API user can see. */
export const SITE_TREE_QUERY = 'query SecwireConnectionTest { site_tree { sites { id name } } }';

export interface BurpApi {
  readonly baseUrl: string;
  siteTree(): Promise<HttpResponse<GraphQlResponse<BurpSiteTree>>>;
}

export function burpApi(ctx: ConnectorContext): BurpApi {
  const http = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: String(ctx.auth.api_key), accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    baseUrl: http.baseUrl,
    // A read-only query: safe to send twice, so it is retried like a GET.
    siteTree: () => http.post<GraphQlResponse<BurpSiteTree>>(GRAPHQL_PATH, { query: SITE_TREE_QUERY, variables: {} }, { idempotent: true, ...opts }),
  };
}
