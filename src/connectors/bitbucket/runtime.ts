// The Bitbucket connector's run-time side (Cloud and Data Center): connection test, build statuses, one marked PR comment.
import type { ConnectorContext, ConnectorRuntime } from '../../catalog/runtime.js';
import { bitbucketDeployment, cloudClient, dcClient } from './client.js';
import { buildStatusBody, cloudResult, cloudWarnings, dcResult, isMarkedCloudComment, markedBody, markedDcComment, repoRef, type DcComment } from './mapper.js';

const workspaceOf = (ctx: ConnectorContext) => (typeof ctx.config['workspace'] === 'string' && ctx.config['workspace'] !== '' ? ctx.config['workspace'] : undefined);

export const bitbucketRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    if (bitbucketDeployment(ctx) === 'datacenter') {
      const client = dcClient(ctx);
      const res = await client.applicationProperties();
      return dcResult(res.body, res.headers.get('x-ausername'), res.latencyMs);
    }
    const client = cloudClient(ctx);
    const warnings = cloudWarnings(ctx.auth, Date.now());
    const workspace = workspaceOf(ctx);
    if (!workspace) warnings.push('config.workspace is not set: Bitbucket Cloud needs it to sync repositories');
    if (client.authKind === 'basic') {
      const res = await client.user();
      return cloudResult(res.body, workspace, res.latencyMs, warnings);
    }
    // Workspace, project and repository access tokens belong to no user: /2.0/user refuses them.
    if (!workspace) throw new Error(`${ctx.name}: config.workspace is required to test a Bitbucket Cloud access token`);
    const res = await client.workspace(workspace);
    return cloudResult(undefined, workspace, res.latencyMs, warnings);
  },

  async setCommitStatus(ctx, status) {
    const ref = repoRef(status.repository);
    if (bitbucketDeployment(ctx) === 'datacenter') {
      const client = dcClient(ctx);
      await client.createBuildStatus(status.sha, buildStatusBody(status, `${client.baseUrl}/projects/${ref.owner}/repos/${ref.slug}/commits/${status.sha}`));
      return;
    }
    await cloudClient(ctx).createBuildStatus(ref, status.sha, buildStatusBody(status, `https://bitbucket.org/${ref.owner}/${ref.slug}/commits/${status.sha}`));
  },

  async upsertComment(ctx, comment) {
    const ref = repoRef(comment.repository);
    const body = markedBody(comment.body, comment.marker);
    if (bitbucketDeployment(ctx) === 'datacenter') {
      const client = dcClient(ctx);
      let found: DcComment | undefined;
      for await (const activity of client.activities(ref, comment.pullRequest)) {
        found = markedDcComment(activity, comment.marker);
        if (found) break;
      }
      if (found) {
        await client.updateComment(ref, comment.pullRequest, found.id, found.version, body);
        return 'updated';
      }
      await client.createComment(ref, comment.pullRequest, body);
      return 'created';
    }
    const client = cloudClient(ctx);
    let id: number | undefined;
    for await (const c of client.comments(ref, comment.pullRequest)) {
      if (isMarkedCloudComment(c, comment.marker)) {
        id = c.id;
        break;
      }
    }
    if (id !== undefined) {
      await client.updateComment(ref, comment.pullRequest, id, body);
      return 'updated';
    }
    await client.createComment(ref, comment.pullRequest, body);
    return 'created';
  },
};
