// Bitbucket REST calls secwire makes (HTTP only). Cloud: API 2.0 with Basic email:api_token or a Bearer access token.
// Data Center: REST 1.0 with a Bearer HTTP access token.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { paginateNextUrl } from '../../http/paginate-token.js';
import { paginateOffset } from '../../http/paginate-offset.js';
import type { HttpClient, HttpResponse } from '../../http/types.js';
import type { CloudComment, CloudUser, DcActivity, DcApplicationProperties, RepoRef } from './mapper.js';

export type BitbucketDeployment = 'cloud' | 'datacenter';
export const CLOUD_API = 'https://api.bitbucket.org';
/** Items per page when looking for the marked comment (the maximum both deployments accept). */
const PAGE_SIZE = 100;

export function bitbucketDeployment(ctx: ConnectorContext): BitbucketDeployment {
  return ctx.auth['deployment'] === 'datacenter' ? 'datacenter' : 'cloud';
}

export function baseUrl(ctx: ConnectorContext, deployment: BitbucketDeployment): string {
  const url = typeof ctx.auth['base_url'] === 'string' && ctx.auth['base_url'] !== '' ? ctx.auth['base_url'] : undefined;
  if (deployment === 'datacenter') {
    // The catalog default is the Cloud host: a Data Center token must never be sent there.
    if (!url || /^https:\/\/api\.bitbucket\.org\/?$/i.test(url)) throw new Error(`${ctx.name}: auth.base_url must be the Bitbucket Data Center server URL`);
    return url.replace(/\/+$/, '');
  }
  return (url ?? CLOUD_API).replace(/\/+$/, '');
}

/** The Authorization header: Cloud Basic email:api_token or Bearer access_token; Data Center Bearer access_token. */
export function authorization(ctx: ConnectorContext, deployment: BitbucketDeployment): { header: string; kind: 'basic' | 'bearer' } {
  const accessToken = typeof ctx.auth['access_token'] === 'string' && ctx.auth['access_token'] !== '' ? ctx.auth['access_token'] : undefined;
  const apiToken = typeof ctx.auth['api_token'] === 'string' && ctx.auth['api_token'] !== '' ? ctx.auth['api_token'] : undefined;
  if (deployment === 'datacenter') {
    if (!accessToken) throw new Error(`${ctx.name}: auth.access_token (an HTTP access token) is required for Bitbucket Data Center`);
    return { header: `Bearer ${accessToken}`, kind: 'bearer' };
  }
  if (apiToken) {
    if (typeof ctx.auth['email'] !== 'string' || ctx.auth['email'] === '') throw new Error(`${ctx.name}: auth.email is required with auth.api_token`);
    return { header: `Basic ${Buffer.from(`${ctx.auth['email']}:${apiToken}`, 'utf8').toString('base64')}`, kind: 'basic' };
  }
  if (accessToken) return { header: `Bearer ${accessToken}`, kind: 'bearer' };
  throw new Error(`${ctx.name}: set auth.email + auth.api_token, or auth.access_token, for Bitbucket Cloud`);
}

export interface CloudClient {
  readonly http: HttpClient;
  user(): Promise<HttpResponse<CloudUser>>;
  workspace(workspace: string): Promise<HttpResponse<{ slug?: string; name?: string }>>;
  createBuildStatus(ref: RepoRef, sha: string, body: Record<string, string>): Promise<void>;
  comments(ref: RepoRef, pullRequest: number): AsyncGenerator<CloudComment, void, undefined>;
  createComment(ref: RepoRef, pullRequest: number, raw: string): Promise<void>;
  updateComment(ref: RepoRef, pullRequest: number, id: number, raw: string): Promise<void>;
}

export function cloudClient(ctx: ConnectorContext): CloudClient & { readonly authKind: 'basic' | 'bearer' } {
  const auth = authorization(ctx, 'cloud');
  const http = ctx.http({ baseUrl: `${baseUrl(ctx, 'cloud')}/2.0`, headers: { authorization: auth.header, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const repo = (ref: RepoRef) => `/repositories/${ref.owner}/${ref.slug}`;
  return {
    http,
    authKind: auth.kind,
    user: () => http.get<CloudUser>('/user', signal),
    workspace: (workspace) => http.get(`/workspaces/${encodeURIComponent(workspace)}`, signal),
    async createBuildStatus(ref, sha, body) {
      await http.post(`${repo(ref)}/commit/${encodeURIComponent(sha)}/statuses/build`, body, signal);
    },
    comments: (ref, pullRequest) =>
      paginateNextUrl<CloudComment, { values?: CloudComment[]; next?: string }>(http, {
        request: { path: `${repo(ref)}/pullrequests/${pullRequest}/comments`, query: { pagelen: PAGE_SIZE }, ...signal },
        items: (body) => body?.values,
        nextUrl: (body) => body?.next,
      }),
    async createComment(ref, pullRequest, raw) {
      await http.post(`${repo(ref)}/pullrequests/${pullRequest}/comments`, commentBody(raw), signal);
    },
    async updateComment(ref, pullRequest, id, raw) {
      await http.request({ method: 'PUT', path: `${repo(ref)}/pullrequests/${pullRequest}/comments/${id}`, body: commentBody(raw), ...signal });
    },
  };
}

/** A Cloud PR comment body; `type` is required by the published description's base object. */
function commentBody(raw: string): Record<string, unknown> {
  return { type: 'pullrequest_comment', content: { raw } };
}

export interface DcClient {
  readonly http: HttpClient;
  readonly baseUrl: string;
  applicationProperties(): Promise<HttpResponse<DcApplicationProperties>>;
  createBuildStatus(sha: string, body: Record<string, string>): Promise<void>;
  activities(ref: RepoRef, pullRequest: number): AsyncGenerator<DcActivity, void, undefined>;
  createComment(ref: RepoRef, pullRequest: number, text: string): Promise<void>;
  updateComment(ref: RepoRef, pullRequest: number, id: number, version: number, text: string): Promise<void>;
}

export function dcClient(ctx: ConnectorContext): DcClient {
  const auth = authorization(ctx, 'datacenter');
  const root = baseUrl(ctx, 'datacenter');
  const http = ctx.http({ baseUrl: `${root}/rest`, headers: { authorization: auth.header, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const pr = (ref: RepoRef, id: number) => `/api/1.0/projects/${ref.owner}/repos/${ref.slug}/pull-requests/${id}`;
  return {
    http,
    baseUrl: root,
    applicationProperties: () => http.get<DcApplicationProperties>('/api/1.0/application-properties', signal),
    async createBuildStatus(sha, body) {
      await http.post(`/build-status/1.0/commits/${encodeURIComponent(sha)}`, body, signal);
    },
    activities: (ref, pullRequest) =>
      paginateOffset<DcActivity, { values?: DcActivity[]; isLastPage?: boolean }>(http, {
        request: { path: `${pr(ref, pullRequest)}/activities`, ...signal },
        offsetParam: 'start',
        limitParam: 'limit',
        pageSize: PAGE_SIZE,
        items: (body) => body?.values,
        hasMore: (body) => (body?.isLastPage === undefined ? undefined : !body.isLastPage),
      }),
    async createComment(ref, pullRequest, text) {
      await http.post(`${pr(ref, pullRequest)}/comments`, { text }, signal);
    },
    async updateComment(ref, pullRequest, id, version, text) {
      await http.request({ method: 'PUT', path: `${pr(ref, pullRequest)}/comments/${id}`, body: { text, version }, ...signal });
    },
  };
}
