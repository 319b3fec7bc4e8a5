// Acunetix client: on-premises API v1 (X-Auth API key) or Acunetix 360 API 1.0 (Basic user ID:API token). HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export type AcunetixDeployment = 'on_prem' | 'acunetix_360';

/**
 * On-premises GET /api/v1/me: the vendor plugin's connection test, absent from the vendor's API description. Field names are
 * unconfirmed: unofficial docs list user_id, email, first_name, enabled; last_name comes from the vendor's user model (ChildUser).
 */
export interface AcunetixMe {
  readonly user_id?: string;
  readonly email?: string;
  readonly first_name?: string;
  readonly last_name?: string;
  readonly enabled?: boolean;
}

/** Acunetix 360 GET /api/1.0/scans/list: a ScanTaskListApiResult page, as in Invicti Enterprise (only paging fields are read). */
export interface Acunetix360ScanPage {
  readonly TotalItemCount?: number;
  readonly PageNumber?: number;
  readonly PageSize?: number;
}

export interface AcunetixApi {
  readonly deployment: AcunetixDeployment;
  me(): Promise<HttpResponse<AcunetixMe>>;
  scansPage(): Promise<HttpResponse<Acunetix360ScanPage>>;
}

export function acunetixDeployment(ctx: ConnectorContext): AcunetixDeployment {
  return ctx.auth.deployment === 'acunetix_360' ? 'acunetix_360' : 'on_prem';
}

export function acunetixApi(ctx: ConnectorContext): AcunetixApi {
  const deployment = acunetixDeployment(ctx);
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Acunetix`);
  const root = ctx.auth.base_url.replace(/\/+$/, '').replace(/\/api\/(v1|1\.0)$/, '');
  const http = ctx.http({
    baseUrl: `${root}/api/${deployment === 'on_prem' ? 'v1' : '1.0'}`,
    headers: { ...credentials(ctx, deployment), accept: 'application/json' },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    deployment,
    me: () => http.get<AcunetixMe>('/me', opts),
    scansPage: () => http.get<Acunetix360ScanPage>('/scans/list', { ...opts, query: { page: 1, pageSize: 1 } }),
  };
}

function credentials(ctx: ConnectorContext, deployment: AcunetixDeployment): Record<string, string> {
  if (deployment === 'on_prem') {
    if (typeof ctx.auth.api_key !== 'string' || ctx.auth.api_key === '') throw new Error(`${ctx.name}: auth.api_key is required for Acunetix on-premises`);
    return { 'x-auth': ctx.auth.api_key };
  }
  if (typeof ctx.auth.user_id !== 'string' || typeof ctx.auth.api_token !== 'string' || ctx.auth.api_token === '') {
    throw new Error(`${ctx.name}: auth.user_id and auth.api_token are required for Acunetix 360`);
  }
  return { authorization: `Basic ${Buffer.from(`${ctx.auth.user_id}:${ctx.auth.api_token}`, 'utf8').toString('base64')}` };
}
