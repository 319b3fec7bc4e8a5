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
  /** POST {build}submitDescription: sets a build's description (Run.doSubmitDescription; needs Run/Update). */
  submitDescription(buildUrl: string, description: string): Promise<HttpResponse<unknown>>;
}

export function jenkinsApi(ctx: ConnectorContext): JenkinsApi {
  const { username, api_token: token } = ctx.auth;
  if (typeof username !== 'string' || username === '' || typeof token !== 'string' || token === '') {
    throw new Error(`${ctx.name}: auth.username and auth.api_token are required for Jenkins`);
  }
  const root = String(ctx.auth.base_url).replace(/\/+$/, '');
  const http = ctx.http({
    baseUrl: root,
    headers: { authorization: `Basic ${Buffer.from(`${username}:${token}`, 'utf8').toString('base64')}`, accept: 'application/json' },
  });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    root: () => http.get<JenkinsRoot>('/api/json', { query: { tree: 'mode,nodeName,useSecurity' }, ...signal }),
    whoAmI: () => http.get<JenkinsWhoAmI>('/whoAmI/api/json', signal),
    submitDescription(buildUrl, description) {
      // The credentials go to base_url only: a BUILD_URL elsewhere (another controller, a forged variable) is refused.
      const build = buildUrl.endsWith('/') ? buildUrl : `${buildUrl}/`;
      if (!build.startsWith(`${root}/`)) {
        throw new Error(`${ctx.name}: the build ${buildUrl} is not under auth.base_url ${root}; secwire sends the Jenkins API token to base_url only`);
      }
      // Jenkins answers with a redirect to the build page; it is the success, not something to follow.
      return http.post(`${build}submitDescription`, new URLSearchParams({ description }), { okStatuses: [302, 303], ...signal });
    },
  };
}
