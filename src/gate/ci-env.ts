// Where the gate runs, read from the CI environment: branch (a pull request's target branch), repository, commit,
// pull request, actor. Pure: the caller passes the environment and, on GitHub, the parsed event payload.
import { shortBranchName } from './branch.js';

export interface CiContext {
  /** The CI system, as a label for reports ("GitHub Actions", …); undefined outside CI. */
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
  /** The CI system's own build, for systems without commit statuses (Jenkins BUILD_URL, Bamboo build result key). */
  readonly build?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

interface CiSystem {
  readonly label: string;
  /** Set in every job of this system. */
  readonly marker: string;
  /** Pull-request target branch variables, then plain branch variables; the first set one wins. */
  readonly targetBranch: readonly string[];
  readonly branch: readonly string[];
  readonly repository: readonly string[];
  readonly commit: readonly string[];
  readonly pullRequest: readonly string[];
  readonly actor: readonly string[];
  readonly build?: readonly string[];
  /** Detected by the marker alone, when the branch variables have names other tools use too (BRANCH_NAME). */
  readonly markerOnly?: boolean;
}

/**
 * The CI systems of the gate issue, in its order, then Jenkins and Bamboo (whose verdict goes on their own build);
 * a system counts when its marker or any of its branch variables is set.
 */
const SYSTEMS: readonly CiSystem[] = [
  {
    label: 'GitHub Actions',
    marker: 'GITHUB_ACTIONS',
    targetBranch: ['GITHUB_BASE_REF'],
    branch: ['GITHUB_REF_NAME'],
    repository: ['GITHUB_REPOSITORY'],
    commit: ['GITHUB_SHA'],
    pullRequest: [],
    actor: ['GITHUB_ACTOR'],
  },
  {
    label: 'GitLab CI',
    marker: 'GITLAB_CI',
    targetBranch: ['CI_MERGE_REQUEST_TARGET_BRANCH_NAME'],
    branch: ['CI_COMMIT_BRANCH'],
    repository: ['CI_PROJECT_PATH'],
    commit: ['CI_COMMIT_SHA'],
    pullRequest: ['CI_MERGE_REQUEST_IID'],
    actor: ['GITLAB_USER_LOGIN'],
  },
  {
    label: 'Bitbucket Pipelines',
    marker: 'BITBUCKET_BUILD_NUMBER',
    targetBranch: ['BITBUCKET_PR_DESTINATION_BRANCH'],
    branch: ['BITBUCKET_BRANCH'],
    repository: ['BITBUCKET_REPO_FULL_NAME'],
    commit: ['BITBUCKET_COMMIT'],
    pullRequest: ['BITBUCKET_PR_ID'],
    actor: ['BITBUCKET_STEP_TRIGGERER_UUID'],
  },
  {
    label: 'Azure Pipelines',
    marker: 'TF_BUILD',
    targetBranch: ['SYSTEM_PULLREQUEST_TARGETBRANCH'],
    // BUILD_SOURCEBRANCHNAME is only the last path segment (feature/x → x): prefer the full ref.
    branch: ['BUILD_SOURCEBRANCH', 'BUILD_SOURCEBRANCHNAME'],
    repository: ['BUILD_REPOSITORY_NAME'],
    commit: ['BUILD_SOURCEVERSION'],
    pullRequest: ['SYSTEM_PULLREQUEST_PULLREQUESTNUMBER', 'SYSTEM_PULLREQUEST_PULLREQUESTID'],
    actor: ['BUILD_REQUESTEDFOR'],
  },
  {
    // Multibranch pipelines set BRANCH_NAME, and CHANGE_ID / CHANGE_TARGET for pull requests; the git plugin sets GIT_*
    // (its GIT_BRANCH is `origin/main`, a remote name, so it is not read as the branch).
    label: 'Jenkins',
    marker: 'JENKINS_URL',
    markerOnly: true,
    targetBranch: ['CHANGE_TARGET'],
    branch: ['BRANCH_NAME'],
    repository: ['GIT_URL'],
    commit: ['GIT_COMMIT'],
    pullRequest: ['CHANGE_ID'],
    actor: [],
    build: ['BUILD_URL'],
  },
  {
    // Bamboo exports its variables to the environment as bamboo_<name with dots as underscores>.
    label: 'Bamboo',
    marker: 'bamboo_buildResultKey',
    targetBranch: ['bamboo_repository_pr_targetBranch'],
    branch: ['bamboo_planRepository_branchName'],
    repository: ['bamboo_planRepository_repositoryUrl'],
    commit: ['bamboo_planRepository_revision'],
    pullRequest: ['bamboo_repository_pr_key'],
    actor: [],
    build: ['bamboo_buildResultKey'],
  },
];

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

/** `pull_request.number` of a GitHub event payload (GITHUB_EVENT_PATH), when it is a pull-request event. */
export function pullRequestNumberOf(event: unknown): number | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const pr = (event as { pull_request?: unknown }).pull_request;
  if (pr === null || typeof pr !== 'object') return undefined;
  return positiveInt((pr as { number?: unknown }).number);
}

/** Reads the CI context; `event` is the parsed GITHUB_EVENT_PATH payload when there is one. */
export function ciContext(env: Env, event?: unknown): CiContext {
  const system = SYSTEMS.find((s) => first(env, s.markerOnly ? [s.marker] : [s.marker, ...s.targetBranch, ...s.branch]) !== undefined);
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
