// Bamboo Data Center REST client (Bearer personal access token, JSON by Accept header): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /rest/api/latest/info (InfoResource, `@Path("info")` in Atlassian's javadoc). */
export interface BambooInfo {
  readonly version?: string;
  readonly edition?: string;
  readonly buildDate?: string;
  readonly buildNumber?: string | number;
  /** RUNNING, PAUSED, PAUSING, PREPARING_FOR_RESTART … */
  readonly state?: string;
}

/** GET /rest/api/latest/currentUser (GadgetUserResource, `@Path("currentUser")` in Atlassian's javadoc). */
export interface BambooUser {
  readonly name?: string;
  readonly fullName?: string;
  readonly email?: string;
}

export interface BambooApi {
  currentUser(): Promise<HttpResponse<BambooUser>>;
  info(): Promise<HttpResponse<BambooInfo>>;
  /** POST /rest/api/latest/result/{key}/comment (ResultResource.addBuildComment, body CreateCommentRequest `{content}`). */
  commentOnResult(resultKey: string, content: string): Promise<HttpResponse<unknown>>;
}

/** A build result key: PROJECT-PLAN-BUILD, or PROJECT-PLAN-JOB-BUILD for a job (bamboo_buildResultKey). */
const RESULT_KEY = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,2}-\d+$/;

export function bambooApi(ctx: ConnectorContext): BambooApi {
  const pat = ctx.auth.pat;
  if (typeof pat !== 'string' || pat === '') throw new Error(`${ctx.name}: auth.pat is required for Bamboo`);
  // Without Accept: application/json Bamboo answers XML.
  const http = ctx.http({ baseUrl: `${String(ctx.auth.base_url).replace(/\/+$/, '')}/rest/api/latest`, headers: { authorization: `Bearer ${pat}`, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    currentUser: () => http.get<BambooUser>('/currentUser', signal),
    info: () => http.get<BambooInfo>('/info', signal),
    commentOnResult(resultKey, content) {
      if (!RESULT_KEY.test(resultKey)) throw new Error(`${ctx.name}: \`${resultKey}\` is not a Bamboo build result key (PROJECT-PLAN-JOB-NUMBER, as in bamboo_buildResultKey)`);
      return http.post(`/result/${resultKey}/comment`, { content }, signal);
    },
  };
}
