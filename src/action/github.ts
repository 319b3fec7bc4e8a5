// The GitHub connector runtime, pointed at this workflow's API (GITHUB_API_URL) with the github-token input.
import type { CommitStatus, ConnectorContext, ConnectorRuntime, PullRequestComment } from '../catalog/runtime.js';
import { findConnector } from '../catalog/registry.js';
import { createHttpClient } from '../http/client.js';
import { ActionError, logWarning } from './workflow.js';

export interface GithubTarget {
  readonly runtime: ConnectorRuntime;
  readonly ctx: ConnectorContext;
}

export async function githubTarget(token: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<GithubTarget> {
  if (!token) throw new ActionError('the github-token input is empty: pass `github-token: ${{ github.token }}` (the default) or a token with statuses and pull-requests write');
  const connector = findConnector('github');
  const runtime = connector?.runtime ? await connector.runtime() : undefined;
  if (!runtime) throw new ActionError('the github connector has no runtime in this build');
  const ctx: ConnectorContext = {
    name: 'github-action',
    type: 'github',
    auth: { token, api_url: env['GITHUB_API_URL'] || 'https://api.github.com' },
    config: {},
    spec: {},
    http: (options) => createHttpClient({ ...options, integration: 'github-action', vendor: 'GitHub', warn: logWarning }),
  };
  return { runtime, ctx };
}

export async function setStatus(target: GithubTarget, status: CommitStatus): Promise<void> {
  if (!target.runtime.setCommitStatus) throw new ActionError('the github connector cannot set commit statuses');
  await target.runtime.setCommitStatus(target.ctx, status);
}

export async function upsertComment(target: GithubTarget, comment: PullRequestComment): Promise<'created' | 'updated'> {
  if (!target.runtime.upsertComment) throw new ActionError('the github connector cannot comment on pull requests');
  return target.runtime.upsertComment(target.ctx, comment);
}
