// GitLab REST v4 calls secwire makes (HTTP only): version, user, token, commit statuses, merge request notes.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { paginateLinkHeader } from '../../http/paginate-link.js';
import type { HttpClient, HttpResponse } from '../../http/types.js';
import type { GitlabNote, GitlabToken, GitlabUser, GitlabVersion } from './mapper.js';

export const DEFAULT_BASE_URL = 'https://gitlab.com';
/** Notes per page when looking for the marked one (GitLab's maximum). */
const PER_PAGE = 100;

export interface GitlabClient {
  readonly http: HttpClient;
  version(): Promise<HttpResponse<GitlabVersion>>;
  user(): Promise<HttpResponse<GitlabUser>>;
  /** The token's own record (scopes, expiry); undefined where the endpoint does not exist (before GitLab 15.5). */
  tokenSelf(): Promise<GitlabToken | undefined>;
  /** POST a commit status; a repeated state GitLab refuses with 400 "Cannot transition status" is returned, not thrown. */
  createStatus(project: string, sha: string, body: Record<string, string>): Promise<HttpResponse<unknown>>;
  notes(project: string, iid: number): AsyncGenerator<GitlabNote, void, undefined>;
  createNote(project: string, iid: number, body: string): Promise<GitlabNote>;
  updateNote(project: string, iid: number, noteId: number, body: string): Promise<GitlabNote>;
}

/** A client for `{base_url}/api/v4` with the token in PRIVATE-TOKEN. */
export function gitlabClient(ctx: ConnectorContext): GitlabClient {
  const token = ctx.auth['token'];
  if (typeof token !== 'string' || token === '') throw new Error(`${ctx.name}: auth.token is empty; GitLab needs an access token`);
  const base = typeof ctx.auth['base_url'] === 'string' && ctx.auth['base_url'] !== '' ? ctx.auth['base_url'] : DEFAULT_BASE_URL;
  const http = ctx.http({ baseUrl: `${base.replace(/\/+$/, '')}/api/v4`, headers: { 'private-token': token, accept: 'application/json' } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const projectPath = (project: string) => `/projects/${encodeURIComponent(project)}`;
  return {
    http,
    version: () => http.get<GitlabVersion>('/version', signal),
    user: () => http.get<GitlabUser>('/user', signal),
    async tokenSelf() {
      const res = await http.get<GitlabToken>('/personal_access_tokens/self', { ...signal, okStatuses: [404] });
      return res.status === 404 ? undefined : res.body;
    },
    createStatus: (project, sha, body) => http.post(`${projectPath(project)}/statuses/${encodeURIComponent(sha)}`, body, { ...signal, okStatuses: [400] }),
    notes: (project, iid) =>
      paginateLinkHeader<GitlabNote, GitlabNote[]>(http, {
        request: { path: `${projectPath(project)}/merge_requests/${iid}/notes`, query: { per_page: PER_PAGE, sort: 'asc', order_by: 'created_at' }, ...signal },
        items: (body) => (Array.isArray(body) ? body : []),
      }),
    async createNote(project, iid, body) {
      return (await http.post<GitlabNote>(`${projectPath(project)}/merge_requests/${iid}/notes`, { body }, signal)).body;
    },
    async updateNote(project, iid, noteId, body) {
      return (await http.request<GitlabNote>({ method: 'PUT', path: `${projectPath(project)}/merge_requests/${iid}/notes/${noteId}`, body: { body }, ...signal })).body;
    },
  };
}
