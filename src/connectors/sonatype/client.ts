// Sonatype Lifecycle (Nexus IQ Server) client: HTTP Basic on every call, HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /api/v2/organizations (ApiOrganizationListDTO). */
export interface IqOrganizationList {
  readonly organizations?: readonly { readonly id?: string; readonly name?: string; readonly parentOrganizationId?: string }[];
}

/** GET /rest/product/version: IQ Server's build properties (answers anonymous callers; outside the public API description). */
export interface IqProductVersion {
  readonly version?: string;
  readonly tag?: string;
  readonly name?: string;
  readonly timestamp?: string;
  readonly build?: string;
}

export interface SonatypeApi {
  organizations(): Promise<HttpResponse<IqOrganizationList>>;
  /** The server's version, or undefined when the path is not served (a proxy exposing /api only, for example). */
  productVersion(): Promise<IqProductVersion | undefined>;
}

export function sonatypeApi(ctx: ConnectorContext): SonatypeApi {
  const basic = Buffer.from(`${String(ctx.auth.username)}:${String(ctx.auth.password)}`, 'utf8').toString('base64');
  const http = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: `Basic ${basic}`, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    organizations: () => http.get<IqOrganizationList>('/api/v2/organizations', signal),
    async productVersion() {
      const res = await http.get<IqProductVersion | string>('/rest/product/version', { okStatuses: [401, 403, 404], ...signal });
      return res.status === 200 && typeof res.body === 'object' && res.body !== null ? res.body : undefined;
    },
  };
}
