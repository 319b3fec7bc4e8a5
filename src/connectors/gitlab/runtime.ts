// The GitLab connector's run-time side: connection test (version, user, token scopes and expiry), commit statuses, MR notes.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { gitlabClient } from './client.js';
import { connectionResult, isRepeatedState, markedBody, markedNote, statusBody, type GitlabNote } from './mapper.js';

export const gitlabRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const client = gitlabClient(ctx);
    // /user first: it is the call that proves the token.
    const user = await client.user();
    const version = await client.version();
    const token = await client.tokenSelf();
    return connectionResult(version.body, user.body, token, user.latencyMs, Date.now());
  },

  async setCommitStatus(ctx, status) {
    const res = await gitlabClient(ctx).createStatus(status.repository, status.sha, statusBody(status));
    if (res.status === 400 && !isRepeatedState(res.status, res.body)) {
      throw new Error(`${ctx.name} (GitLab): commit status refused with 400: ${JSON.stringify(res.body).slice(0, 300)}`);
    }
  },

  async upsertComment(ctx, comment) {
    const client = gitlabClient(ctx);
    const body = markedBody(comment.body, comment.marker);
    let found: GitlabNote | undefined;
    for await (const note of client.notes(comment.repository, comment.pullRequest)) {
      if (markedNote([note], comment.marker)) {
        found = note;
        break;
      }
    }
    if (found) {
      await client.updateNote(comment.repository, comment.pullRequest, found.id, body);
      return 'updated';
    }
    await client.createNote(comment.repository, comment.pullRequest, body);
    return 'created';
  },
};
