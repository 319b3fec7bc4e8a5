// ManageEngine ServiceDesk Plus v3 client: on-prem `authtoken` header, Cloud Zoho OAuth (refresh token exchanged at
// accounts_url, a second origin with its own client). HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { collect, HttpError, paginateToken, type HttpClient, type HttpResponse } from '../../http/index.js';
import { manageengineEntry } from './catalog.js';

export type SdpDeployment = 'cloud' | 'onprem';

export const SDP_ACCEPT = 'application/vnd.manageengine.sdp.v3+json';
const defaultOf = (name: string) => String(manageengineEntry.auth.find((f) => f.name === name)?.default ?? '');
export const DEFAULT_BASE_URL = defaultOf('base_url');
export const DEFAULT_ACCOUNTS_URL = defaultOf('accounts_url');
export const PAGE_SIZE = 100;

export interface SdpResponseStatus {
  readonly status_code?: number;
  readonly status?: string;
  readonly messages?: readonly { readonly status_code?: number; readonly type?: string; readonly message?: string }[];
}

export interface SdpListInfo {
  readonly has_more_rows?: boolean;
  readonly row_count?: number;
  readonly start_index?: number;
}

export interface SdpNamed {
  readonly id: string;
  readonly name: string;
}

export interface SdpRequestList {
  readonly requests?: readonly (SdpNamed & { readonly subject?: string })[];
  readonly list_info?: SdpListInfo;
  readonly response_status?: SdpResponseStatus | readonly SdpResponseStatus[];
}

interface ZohoToken {
  readonly access_token?: string;
  readonly expires_in?: number;
  readonly api_domain?: string;
  readonly token_type?: string;
  readonly error?: string;
}

/** Lookup lists a request field takes its value from, by field name (priorities and statuses are in the research notes; the rest are guesses). */
export const LOOKUPS: Readonly<Record<string, { readonly path: string; readonly key: string; readonly confirmed: boolean }>> = {
  priority: { path: '/priorities', key: 'priorities', confirmed: true },
  status: { path: '/statuses', key: 'statuses', confirmed: true },
  urgency: { path: '/urgencies', key: 'urgencies', confirmed: false },
  impact: { path: '/impacts', key: 'impacts', confirmed: false },
  level: { path: '/levels', key: 'levels', confirmed: false },
  mode: { path: '/modes', key: 'modes', confirmed: false },
  category: { path: '/categories', key: 'categories', confirmed: false },
  request_type: { path: '/request_types', key: 'request_types', confirmed: false },
};

export interface SdpApi {
  readonly deployment: SdpDeployment;
  /** GET /requests with list_info row_count 1: proves the credentials. */
  requests(): Promise<HttpResponse<SdpRequestList>>;
  /** Every entry of a lookup list (priorities, statuses …), paged through list_info. */
  lookup(field: keyof typeof LOOKUPS | string): Promise<SdpNamed[]>;
}

export function sdpDeployment(ctx: ConnectorContext): SdpDeployment {
  return ctx.auth.deployment === 'onprem' ? 'onprem' : 'cloud';
}

export function sdpApi(ctx: ConnectorContext): SdpApi {
  const deployment = sdpDeployment(ctx);
  const baseUrl = (typeof ctx.auth.base_url === 'string' && ctx.auth.base_url !== '' ? ctx.auth.base_url : DEFAULT_BASE_URL).replace(/\/+$/, '');
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  let client: Promise<HttpClient> | undefined;
  const http = () => (client ??= deployment === 'onprem' ? Promise.resolve(onpremClient(ctx, baseUrl)) : cloudClient(ctx, baseUrl, signal));
  const list = (data: Record<string, unknown>) => ({ input_data: JSON.stringify({ list_info: data }) });
  return {
    deployment,
    requests: async () => (await http()).get<SdpRequestList>('/requests', { query: list({ row_count: 1 }), ...signal }),
    async lookup(field) {
      const lookup = LOOKUPS[field];
      if (!lookup) throw new Error(`no lookup list for ${field}`);
      type Page = Record<string, unknown> & { list_info?: SdpListInfo };
      return collect(
        paginateToken<SdpNamed, Page>(await http(), {
          request: { path: lookup.path, query: list({ row_count: PAGE_SIZE, start_index: 1 }), ...signal },
          tokenParam: 'input_data',
          items: (body) => body[lookup.key] as SdpNamed[] | undefined,
          // The next page is the same list_info from the next start index: the whole input_data is the token.
          nextToken: (body) =>
            body.list_info?.has_more_rows ? list({ row_count: PAGE_SIZE, start_index: (body.list_info.start_index ?? 1) + (body.list_info.row_count ?? PAGE_SIZE) }).input_data : undefined,
        }),
      );
    },
  };
}

function onpremClient(ctx: ConnectorContext, baseUrl: string): HttpClient {
  const key = ctx.auth.authtoken;
  if (typeof key !== 'string' || key === '') throw new Error(`${ctx.name}: auth.authtoken is required for ServiceDesk Plus on-premises`);
  return ctx.http({ baseUrl: `${baseUrl}/api/v3`, headers: { authtoken: key, accept: SDP_ACCEPT } });
}

/** Exchanges the refresh token at accounts_url (client secret and refresh token in the form body, never the URL). */
async function cloudClient(ctx: ConnectorContext, baseUrl: string, signal: { signal?: AbortSignal }): Promise<HttpClient> {
  const { client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken } = ctx.auth;
  if ([clientId, clientSecret, refreshToken].some((v) => typeof v !== 'string' || v === '')) {
    throw new Error(`${ctx.name}: auth.client_id, auth.client_secret and auth.refresh_token are required for ServiceDesk Plus Cloud`);
  }
  const accountsUrl = (typeof ctx.auth.accounts_url === 'string' && ctx.auth.accounts_url !== '' ? ctx.auth.accounts_url : DEFAULT_ACCOUNTS_URL).replace(/\/+$/, '');
  const mismatch = dataCentreMismatch(baseUrl, accountsUrl);
  if (mismatch) throw new Error(`${ctx.name}: ${mismatch}`);
  const accounts = ctx.http({ baseUrl: accountsUrl, headers: { accept: 'application/json' } });
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: String(clientId), client_secret: String(clientSecret), refresh_token: String(refreshToken) });
  // Retrying is safe: a refresh-token grant only mints another access token.
  const token = await accounts.post<ZohoToken>('/oauth/v2/token', form, { idempotent: true, ...signal });
  const accessToken = token.body?.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    // Zoho answers a bad refresh token or client with 200 and {"error": "invalid_code" | "invalid_client" …}.
    const host = new URL(accountsUrl).host;
    throw new HttpError({
      kind: 'authentication',
      integration: ctx.name,
      vendor: 'Zoho accounts',
      method: 'POST',
      path: '/oauth/v2/token',
      host,
      status: token.status,
      retryable: false,
      body: JSON.stringify({ error: token.body?.error ?? 'no access_token in the answer' }),
    });
  }
  return ctx.http({ baseUrl: `${baseUrl}/api/v3`, headers: { authorization: `Zoho-oauthtoken ${accessToken}`, accept: SDP_ACCEPT } });
}

/**
 * Cloud hosts outside the sdpondemand.manageengine.<tld> pattern, with their data centre's Zoho accounts host
 * (China and Australia, as Cortex XSOAR's ServiceDeskPlus integration pairs them).
 */
const OTHER_CLOUD_HOSTS: Readonly<Record<string, string>> = {
  'servicedeskplus.cn': 'accounts.zoho.cn',
  'servicedeskplus.net.au': 'accounts.zoho.com.au',
};

/** The Zoho accounts host of a known Cloud host, else undefined (an on-premises host is not checked). */
function accountsHostOf(baseHost: string): string | undefined {
  const tld = /^sdpondemand\.manageengine\.(.+)$/.exec(baseHost)?.[1];
  return tld ? `accounts.zoho.${tld}` : OTHER_CLOUD_HOSTS[baseHost];
}

/**
 * The refresh token must only go to the accounts server of base_url's data centre: for a known Cloud host
 * (sdpondemand.manageengine.<tld>, servicedeskplus.cn, servicedeskplus.net.au) accounts_url must be that data centre's.
 */
export function dataCentreMismatch(baseUrl: string, accountsUrl: string): string | undefined {
  const baseHost = new URL(baseUrl).hostname;
  const expected = accountsHostOf(baseHost);
  if (!expected) return undefined;
  const accounts = new URL(accountsUrl);
  if (accounts.protocol === 'https:' && accounts.hostname === expected) return undefined;
  return `auth.accounts_url ${accounts.origin} is not the Zoho accounts server of ${baseHost}: use https://${expected}`;
}
