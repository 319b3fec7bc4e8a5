// The Azure DevOps connector's run-time side: connection test, PR (or commit) statuses, one marked PR thread comment.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { API_VERSION, azureDevopsClient } from './client.js';
import { connectionResult, markedBody, markedComment, repoRef, statusBody, threadBody } from './mapper.js';

export const azureDevopsRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const client = azureDevopsClient(ctx);
    const project = typeof ctx.config['project'] === 'string' && ctx.config['project'] !== '' ? ctx.config['project'] : undefined;
    const res = project ? await client.project(project) : await client.firstProject();
    return connectionResult(String(ctx.auth['organization_url']), res.headers.get('x-vss-userdata'), res.latencyMs, API_VERSION);
  },

  /** A PR status on every pull request whose merge commit is the sha (what branch status policies read); else a commit status. */
  async setCommitStatus(ctx, status) {
    const client = azureDevopsClient(ctx);
    const ref = repoRef(status.repository);
    const body = statusBody(status);
    const pullRequests = await client.pullRequestsByMergeCommit(ref, status.sha);
    if (pullRequests.length === 0) {
      await client.createCommitStatus(ref, status.sha, body);
      return;
    }
    for (const pr of pullRequests) await client.createPullRequestStatus(ref, pr.pullRequestId, body);
  },

  async upsertComment(ctx, comment) {
    const client = azureDevopsClient(ctx);
    const ref = repoRef(comment.repository);
    const body = markedBody(comment.body, comment.marker);
    const found = markedComment(await client.threads(ref, comment.pullRequest), comment.marker);
    if (found) {
      await client.updateComment(ref, comment.pullRequest, found.threadId, found.commentId, body);
      return 'updated';
    }
    await client.createThread(ref, comment.pullRequest, threadBody(body));
    return 'created';
  },
};
