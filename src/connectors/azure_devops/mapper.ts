// Pure Azure DevOps ↔ secwire mapping: repository names, status bodies, the marked thread comment, the connection result.
import type { CommitState, CommitStatus, ConnectionTestResult } from '../../catalog/runtime.js';

export interface AzureRepoRef {
  /** URL-encoded project name or ID. */
  readonly project: string;
  /** URL-encoded repository name or ID. */
  readonly repository: string;
}

export interface AzureList<T> {
  readonly count?: number;
  readonly value?: T[];
}

export interface AzurePullRequest {
  readonly pullRequestId: number;
  readonly status?: string;
}

export interface AzureComment {
  readonly id: number;
  readonly content?: string | null;
  readonly isDeleted?: boolean;
  readonly commentType?: string;
}

export interface AzureThread {
  readonly id: number;
  readonly isDeleted?: boolean;
  readonly comments?: readonly AzureComment[];
}

/** `project/repo` → its two parts, URL-encoded. Throws on anything else. */
export function repoRef(repository: string): AzureRepoRef {
  const parts = repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error(`"${repository}" is not an Azure DevOps repository: expected project/repository`);
  return { project: encodeURIComponent(parts[0]), repository: encodeURIComponent(parts[1]) };
}

/** GitStatusState for each secwire state. */
export const STATE: Readonly<Record<CommitState, string>> = { success: 'succeeded', pending: 'pending', failure: 'failed', error: 'error' };

/** `secwire/gate` → genre `secwire`, name `gate`; a context without a slash gets genre `secwire`. */
export function statusContext(context: string): { genre: string; name: string } {
  const at = context.lastIndexOf('/');
  return at > 0 && at < context.length - 1 ? { genre: context.slice(0, at), name: context.slice(at + 1) } : { genre: 'secwire', name: context };
}

/** The body of a PR or commit status (GitPullRequestStatus / GitStatus). */
export function statusBody(status: CommitStatus): Record<string, unknown> {
  return { state: STATE[status.state], description: status.description, context: statusContext(status.context), ...(status.targetUrl ? { targetUrl: status.targetUrl } : {}) };
}

/** The thread and comment carrying the marker (deleted threads and comments are skipped). */
export function markedComment(threads: readonly AzureThread[], marker: string): { threadId: number; commentId: number } | undefined {
  for (const thread of threads) {
    if (thread.isDeleted) continue;
    const comment = thread.comments?.find((c) => !c.isDeleted && typeof c.content === 'string' && c.content.includes(marker));
    if (comment) return { threadId: thread.id, commentId: comment.id };
  }
  return undefined;
}

/** A body that starts with the marker (added when the body lacks it). */
export function markedBody(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** The body of POST …/threads: one text comment in an active thread. */
export function threadBody(content: string): Record<string, unknown> {
  return { comments: [{ parentCommentId: 0, content, commentType: 'text' }], status: 'active' };
}

/** `X-VSS-UserData: <id>:<unique name>` → the unique name (unconfirmed header, read when present). */
export function userFromHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  const at = header.indexOf(':');
  const name = at === -1 ? header : header.slice(at + 1);
  return name.trim() || undefined;
}

/** Services (dev.azure.com, *.visualstudio.com) or Server, from the organization URL. */
export function deploymentName(organizationUrl: string): string {
  let host = '';
  try {
    host = new URL(organizationUrl).hostname.toLowerCase();
  } catch {
    host = '';
  }
  return host === 'dev.azure.com' || host.endsWith('.visualstudio.com') ? 'Azure DevOps Services' : 'Azure DevOps Server';
}

export function connectionResult(organizationUrl: string, userHeader: string | null, latencyMs: number, apiVersion: string): ConnectionTestResult {
  const user = userFromHeader(userHeader);
  return {
    ok: true,
    latency_ms: latencyMs,
    vendor_version: `${deploymentName(organizationUrl)} (REST api-version ${apiVersion})`,
    user: user ?? 'PAT owner (name not reported)',
    warnings: [],
  };
}
