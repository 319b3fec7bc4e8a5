// GitHub REST calls secwire makes (HTTP only): the user, commit statuses, issue comments of a pull request.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { paginateLinkHeader } from '../../http/paginate-link.js';
import type { HttpClient, HttpResponse } from '../../http/types.js';
import type { IssueComment, RepositoryRef } from './mapper.js';

export const DEFAULT_API_URL = 'https://api.github.com';
export const API_VERSION = '2022-11-28';
/** Comments per page when looking for the marked one (GitHub's maximum). */
const PER_PAGE = 100;

export interface GithubClient {
  readonly http: HttpClient;
  user(): Promise<HttpResponse<{ login?: string }>>;
  createStatus(ref: RepositoryRef, sha: string, body: Record<string, string>): Promise<void>;
  issueComments(ref: RepositoryRef, issue: number): AsyncGenerator<IssueComment, void, undefined>;
  createComment(ref: RepositoryRef, issue: number, body: string): Promise<IssueComment>;
  updateComment(ref: RepositoryRef, id: number, body: string): Promise<IssueComment>;
}

/** A client for the integration's API root (auth.api_url, default api.github.com) with its token as Bearer. */
export function githubClient(ctx: ConnectorContext): GithubClient {
  const token = ctx.auth['token'];
  if (typeof token !== 'string' || token === '') throw new Error(`${ctx.name}: auth.token is empty; GitHub needs a token`);
  const apiUrl = typeof ctx.auth['api_url'] === 'string' && ctx.auth['api_url'] !== '' ? ctx.auth['api_url'] : DEFAULT_API_URL;
  const http = ctx.http({
    baseUrl: apiUrl,
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': API_VERSION },
  });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const repoPath = (ref: RepositoryRef) => `/repos/${ref.owner}/${ref.repo}`;
  return {
    http,
    user: () => http.get<{ login?: string }>('/user', signal),
    async createStatus(ref, sha, body) {
      await http.post(`${repoPath(ref)}/statuses/${encodeURIComponent(sha)}`, body, signal);
    },
    issueComments: (ref, issue) =>
      paginateLinkHeader<IssueComment, IssueComment[]>(http, {
        request: { path: `${repoPath(ref)}/issues/${issue}/comments`, query: { per_page: PER_PAGE }, ...signal },
        items: (body) => (Array.isArray(body) ? body : []),
      }),
    async createComment(ref, issue, body) {
      return (await http.post<IssueComment>(`${repoPath(ref)}/issues/${issue}/comments`, { body }, signal)).body;
    },
    async updateComment(ref, id, body) {
      return (await http.request<IssueComment>({ method: 'PATCH', path: `${repoPath(ref)}/issues/comments/${id}`, body: { body }, ...signal })).body;
    },
  };
}
