// Jenkins remote access API client (Basic username:api_token, JSON views): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /api/json?tree=mode,nodeName,useSecurity: the root object (hudson.model.Hudson). */
export interface JenkinsRoot {
  readonly _class?: string;
  readonly mode?: string;
  readonly nodeName?: string;
  readonly useSecurity?: boolean;
}

/** GET /whoAmI/api/json: who Jenkins thinks the caller is (hudson.security.WhoAmI). */
export interface JenkinsWhoAmI {
  readonly name?: string;
  readonly anonymous?: boolean;
  readonly authenticated?: boolean;
  readonly authorities?: readonly string[];
}

export interface JenkinsApi {
  root(): Promise<HttpResponse<JenkinsRoot>>;
  whoAmI(): Promise<HttpResponse<JenkinsWhoAmI>>;
}

export function jenkinsApi(ctx: ConnectorContext): JenkinsApi {
  const { username, api_token: token } = ctx.auth;
  if (typeof username !== 'string' || username === '' || typeof token !== 'string' || token === '') {
    throw new Error(`${ctx.name}: auth.username and auth.api_token are required for Jenkins`);
  }
  const http = ctx.http({
    baseUrl: String(ctx.auth.base_url).replace(/\/+$/, ''),
    headers: { authorization: `Basic ${Buffer.from(`${username}:${token}`, 'utf8').toString('base64')}`, accept: 'application/json' },
  });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    root: () => http.get<JenkinsRoot>('/api/json', { query: { tree: 'mode,nodeName,useSecurity' }, ...signal }),
    whoAmI: () => http.get<JenkinsWhoAmI>('/whoAmI/api/json', signal),
  };
}
