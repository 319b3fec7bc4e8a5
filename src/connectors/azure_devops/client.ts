// Azure DevOps REST calls secwire makes (HTTP only): projects, PR lookup by merge commit, PR and commit statuses, PR threads.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpClient, HttpResponse } from '../../http/types.js';
import type { AzureList, AzurePullRequest, AzureRepoRef, AzureThread } from './mapper.js';

export const API_VERSION = '7.1';

export interface AzureDevopsClient {
  readonly http: HttpClient;
  /** One project by name or ID (proves the PAT and the project). */
  project(project: string): Promise<HttpResponse<{ id?: string; name?: string }>>;
  /** The first project the PAT can read (no project configured). */
  firstProject(): Promise<HttpResponse<unknown>>;
  /** Active or completed pull requests whose last merge commit is `sha`. */
  pullRequestsByMergeCommit(ref: AzureRepoRef, sha: string): Promise<AzurePullRequest[]>;
  createPullRequestStatus(ref: AzureRepoRef, pullRequestId: number, body: Record<string, unknown>): Promise<void>;
  createCommitStatus(ref: AzureRepoRef, sha: string, body: Record<string, unknown>): Promise<void>;
  /** Every thread of a pull request (the API returns them all at once, without paging). */
  threads(ref: AzureRepoRef, pullRequestId: number): Promise<AzureThread[]>;
  createThread(ref: AzureRepoRef, pullRequestId: number, body: Record<string, unknown>): Promise<void>;
  updateComment(ref: AzureRepoRef, pullRequestId: number, threadId: number, commentId: number, content: string): Promise<void>;
}

/** A client for the organization URL with the PAT as Basic `:pat`; every request carries api-version. */
export function azureDevopsClient(ctx: ConnectorContext): AzureDevopsClient {
  const pat = ctx.auth['pat'];
  if (typeof pat !== 'string' || pat === '') throw new Error(`${ctx.name}: auth.pat is empty; Azure DevOps needs a personal access token`);
  const orgUrl = ctx.auth['organization_url'];
  if (typeof orgUrl !== 'string' || orgUrl === '') throw new Error(`${ctx.name}: auth.organization_url is required`);
  const http = ctx.http({
    baseUrl: orgUrl.replace(/\/+$/, ''),
    headers: {
      authorization: `Basic ${Buffer.from(`:${pat}`, 'utf8').toString('base64')}`,
      accept: 'application/json',
      // Without it a refused PAT gets a 203/302 to the sign-in page instead of 401.
      'x-tfs-fedauthredirect': 'Suppress',
    },
  });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const q = { 'api-version': API_VERSION };
  const repo = (ref: AzureRepoRef) => `/${ref.project}/_apis/git/repositories/${ref.repository}`;
  const pr = (ref: AzureRepoRef, id: number) => `${repo(ref)}/pullRequests/${id}`;
  return {
    http,
    project: (project) => http.get(`/_apis/projects/${encodeURIComponent(project)}`, { query: q, ...signal }),
    firstProject: () => http.get('/_apis/projects', { query: { $top: 1, ...q }, ...signal }),
    async pullRequestsByMergeCommit(ref, sha) {
      const res = await http.post<{ results?: Record<string, AzurePullRequest[]>[] }>(
        `${repo(ref)}/pullrequestquery`,
        { queries: [{ type: 'lastMergeCommit', items: [sha] }] },
        { query: q, idempotent: true, ...signal },
      );
      return res.body?.results?.[0]?.[sha] ?? [];
    },
    async createPullRequestStatus(ref, id, body) {
      await http.post(`${pr(ref, id)}/statuses`, body, { query: q, ...signal });
    },
    async createCommitStatus(ref, sha, body) {
      await http.post(`${repo(ref)}/commits/${encodeURIComponent(sha)}/statuses`, body, { query: q, ...signal });
    },
    async threads(ref, id) {
      const body = (await http.get<AzureList<AzureThread> | AzureThread[]>(`${pr(ref, id)}/threads`, { query: q, ...signal })).body;
      return Array.isArray(body) ? body : (body?.value ?? []);
    },
    async createThread(ref, id, body) {
      await http.post(`${pr(ref, id)}/threads`, body, { query: q, ...signal });
    },
    async updateComment(ref, id, threadId, commentId, content) {
      await http.request({ method: 'PATCH', path: `${pr(ref, id)}/threads/${threadId}/comments/${commentId}`, query: q, body: { content }, ...signal });
    },
  };
}
