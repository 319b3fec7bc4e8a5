// The GitHub connector's run-time side: connection test (scopes, token expiry), commit statuses, PR comments.
import type { ConnectionTestResult, ConnectorContext, ConnectorRuntime } from '../../catalog/runtime.js';
import { githubClient } from './client.js';
import { expiryWarning, markedBody, markedComment, missingScopes, parseScopes, parseTokenExpiration, repositoryRef, statusBody } from './mapper.js';

async function testConnection(ctx: ConnectorContext): Promise<ConnectionTestResult> {
  const client = githubClient(ctx);
  const started = performance.now();
  const res = await client.user();
  const latency_ms = Math.round(performance.now() - started);
  const warnings: string[] = [];
  const scopes = parseScopes(res.headers.get('x-oauth-scopes'));
  if (scopes !== undefined) {
    const ci = ctx.spec['ci'] as { pr_comment?: boolean } | undefined;
    const missing = missingScopes(scopes, { statuses: true, comments: ci?.pr_comment === true });
    if (missing.length) warnings.push(`the token lacks scope(s) ${missing.join(', ')}; it has: ${scopes.length ? scopes.join(', ') : 'none'}`);
  }
  const expiry = expiryWarning(parseTokenExpiration(res.headers.get('github-authentication-token-expiration')), Date.now());
  if (expiry) warnings.push(expiry);
  const version = res.headers.get('x-github-enterprise-version');
  return {
    ok: true,
    latency_ms,
    ...(typeof res.body?.login === 'string' ? { user: res.body.login } : {}),
    ...(version ? { vendor_version: `GitHub Enterprise Server ${version}` } : {}),
    warnings,
  };
}

export const githubRuntime: ConnectorRuntime = {
  testConnection,

  async setCommitStatus(ctx, status) {
    await githubClient(ctx).createStatus(repositoryRef(status.repository), status.sha, statusBody(status));
  },

  async upsertComment(ctx, comment) {
    const client = githubClient(ctx);
    const ref = repositoryRef(comment.repository);
    const body = markedBody(comment.body, comment.marker);
    // Pages are read until the marked comment turns up: it may be far down a long discussion.
    let found: { id: number } | undefined;
    for await (const c of client.issueComments(ref, comment.pullRequest)) {
      if (markedComment([c], comment.marker)) {
        found = c;
        break;
      }
    }
    if (found) {
      await client.updateComment(ref, found.id, body);
      return 'updated';
    }
    await client.createComment(ref, comment.pullRequest, body);
    return 'created';
  },
};
