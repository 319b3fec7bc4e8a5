// Invicti Enterprise API 1.0 client (HTTP Basic user ID : API token): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export const DEFAULT_BASE_URL = 'https://www.netsparkercloud.com';

/** One ScanTaskModel of GET /api/1.0/scans/list (the fields secwire reads; names from the vendor's Swagger). */
export interface InvictiScan {
  readonly Id?: string;
  readonly TargetUrl?: string;
  readonly State?: string;
  readonly InitiatedAt?: string;
}

/** GET /api/1.0/scans/list: a ScanTaskListApiResult page (`page` from 1, `pageSize` 1-200, default 20). */
export interface InvictiScanPage {
  readonly List?: readonly InvictiScan[];
  readonly PageNumber?: number;
  readonly PageSize?: number;
  readonly TotalItemCount?: number;
  readonly HasNextPage?: boolean;
}

export interface InvictiApi {
  readonly userId: string;
  /** One scan, the cheapest call that proves the user ID and token. */
  scansPage(): Promise<HttpResponse<InvictiScanPage>>;
}

export function invictiApi(ctx: ConnectorContext): InvictiApi {
  const baseUrl = typeof ctx.auth.base_url === 'string' && ctx.auth.base_url !== '' ? ctx.auth.base_url : DEFAULT_BASE_URL;
  const userId = String(ctx.auth.user_id);
  const basic = Buffer.from(`${userId}:${String(ctx.auth.api_token)}`, 'utf8').toString('base64');
  const http = ctx.http({ baseUrl, headers: { authorization: `Basic ${basic}`, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    userId,
    scansPage: () => http.get<InvictiScanPage>('/api/1.0/scans/list', { query: { page: 1, pageSize: 1 }, ...opts }),
  };
}
