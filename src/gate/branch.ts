// The gate's first step: is the branch one of `ci.branches` (globs, as git branch names)?
import picomatch from 'picomatch';
import type { BranchDecision, BranchInfo, GatePolicy } from './types.js';

/** `refs/heads/main` → `main`; other names unchanged. */
export function shortBranchName(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/**
 * Matches the branch against the policy's globs (`*` stays inside one path segment, `**` crosses them).
 * No filter: every branch matches. Unknown branch with a filter: matched is undefined (the caller decides).
 */
export function matchBranch(policy: Pick<GatePolicy, 'branches'>, branch: BranchInfo): BranchDecision {
  const base = {
    ...(branch.name !== undefined ? { name: branch.name } : {}),
    ...(branch.source !== undefined ? { source: branch.source } : {}),
    ...(branch.pullRequestTarget ? { pullRequestTarget: true } : {}),
  };
  const globs = policy.branches;
  if (globs === undefined || globs.length === 0) return { ...base, matched: true };
  if (branch.name === undefined || branch.name === '') return { ...base, matched: undefined };
  const name = shortBranchName(branch.name);
  const pattern = globs.find((glob) => picomatch.isMatch(name, glob, { dot: true }));
  return pattern === undefined ? { ...base, matched: false } : { ...base, matched: true, pattern };
}
