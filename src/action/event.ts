// What the Action needs from the workflow run: repository, the commit to report on, the pull request and its base.
import { readFileSync } from 'node:fs';
import { ActionError } from './workflow.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha?: string;
  readonly baseRef?: string;
}

export interface RunContext {
  readonly eventName?: string;
  /** owner/name */
  readonly repository?: string;
  /** The head commit of a pull request, else GITHUB_SHA. */
  readonly sha?: string;
  readonly pullRequest?: PullRequestInfo;
  /** Link to this workflow run (for "the full plan is in the job summary"). */
  readonly runUrl?: string;
}

interface EventPayload {
  pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown; ref?: unknown } };
  repository?: { full_name?: unknown };
}

export function runContext(env: Env = process.env): RunContext {
  const event = readEvent(env['GITHUB_EVENT_PATH']);
  const pr = event?.pull_request;
  const pullRequest =
    pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string'
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
          ...(typeof pr.base?.ref === 'string' ? { baseRef: pr.base.ref } : {}),
        }
      : undefined;
  const repository = env['GITHUB_REPOSITORY'] || (typeof event?.repository?.full_name === 'string' ? event.repository.full_name : undefined);
  const sha = pullRequest?.headSha ?? env['GITHUB_SHA'];
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  return {
    ...(env['GITHUB_EVENT_NAME'] ? { eventName: env['GITHUB_EVENT_NAME'] } : {}),
    ...(repository ? { repository } : {}),
    ...(sha ? { sha } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(repository && runId ? { runUrl: `${server}/${repository}/actions/runs/${runId}` } : {}),
  };
}

function readEvent(file: string | undefined): EventPayload | undefined {
  if (!file) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as EventPayload) : undefined;
  } catch (error) {
    throw new ActionError(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(error as Error).message}`);
  }
}
