// Where the gate runs, read from the CI environment: branch (a pull request's target branch), repository, commit,
// pull request, actor, build. Pure: the caller passes the environment, the CI systems the connectors declare, and the
// job's parsed event payload when there is one.
import type { CiEnvironment } from '../catalog/types.js';
import { shortBranchName } from './branch.js';

export interface CiContext {
  /** The CI system, as a label for reports; undefined outside CI. */
  readonly system?: string;
  readonly branch?: string;
  /** The environment variable the branch came from. */
  readonly branchSource?: string;
  /** True when `branch` is a pull request's (merge request's) target branch. */
  readonly branchIsTarget?: boolean;
  /** True when the run is for a pull request. */
  readonly pullRequest?: boolean;
  readonly repository?: string;
  readonly commit?: string;
  readonly pullRequestNumber?: number;
  readonly actor?: string;
  /** The CI system's own build (a URL or result key), for systems without commit statuses. */
  readonly build?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function first(env: Env, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** `pull_request.number` of a job's event payload, when it is a pull-request event. */
export function pullRequestNumberOf(event: unknown): number | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const pr = (event as { pull_request?: unknown }).pull_request;
  if (pr === null || typeof pr !== 'object') return undefined;
  return positiveInt((pr as { number?: unknown }).number);
}

/**
 * Reads the CI context. `systems` are the CI environments the connectors declare; the first whose marker (or, unless
 * markerOnly, a branch variable) is set is the one running. `event` is the job's parsed event payload, for a system
 * that takes the pull-request number from it.
 */
export function ciContext(env: Env, systems: readonly CiEnvironment[], event?: unknown): CiContext {
  const system = systems.find((s) => first(env, s.markerOnly ? [s.marker] : [s.marker, ...s.targetBranch, ...s.branch]) !== undefined);
  if (system === undefined) return {};
  const target = first(env, system.targetBranch);
  const branch = target ?? first(env, system.branch);
  const repository = first(env, system.repository)?.value;
  const commit = first(env, system.commit)?.value;
  const prNumber = system.pullRequest.length ? positiveInt(first(env, system.pullRequest)?.value) : pullRequestNumberOf(event);
  const actor = first(env, system.actor)?.value;
  const build = first(env, system.build ?? [])?.value;
  return {
    system: system.label,
    ...(branch ? { branch: shortBranchName(branch.value), branchSource: branch.name } : {}),
    ...(target !== undefined ? { branchIsTarget: true } : {}),
    ...(target !== undefined || prNumber !== undefined ? { pullRequest: true } : {}),
    ...(repository ? { repository } : {}),
    ...(commit ? { commit } : {}),
    ...(prNumber !== undefined ? { pullRequestNumber: prNumber } : {}),
    ...(actor ? { actor } : {}),
    ...(build ? { build } : {}),
  };
}
