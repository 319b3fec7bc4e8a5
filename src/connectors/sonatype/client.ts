// Sonatype Lifecycle (Nexus IQ Server) client: HTTP Basic on every call, HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /api/v2/organizations (ApiOrganizationListDTO). */
export interface IqOrganizationList {
  readonly organizations?: readonly { readonly id?: string; readonly name?: string; readonly parentOrganizationId?: string }[];
}

export interface SonatypeApi {
  organizations(): Promise<HttpResponse<IqOrganizationList>>;
}

export function sonatypeApi(ctx: ConnectorContext): SonatypeApi {
  const basic = Buffer.from(`${String(ctx.auth.username)}:${String(ctx.auth.password)}`, 'utf8').toString('base64');
  const http = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: `Basic ${basic}`, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    organizations: () => http.get<IqOrganizationList>('/api/v2/organizations', signal),
  };
}
