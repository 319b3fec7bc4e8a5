import { describe, expect, it } from 'vitest';
import { branchGlobProblem } from './semantic-checks.js';

describe('branchGlobProblem', () => {
  it.each(['main', 'release/*', 'release/**', 'feature/JIRA-123', 'hotfix-*', '{main,develop}', 'v[0-9]*', 'dependabot/npm_and_yarn/**'])(
    'accepts %s',
    (glob) => {
      expect(branchGlobProblem(glob)).toBeUndefined();
    },
  );

  it.each([
    ['bad branch', 'contains a character git does not allow in branch names'],
    ['a~b', 'contains a character git does not allow in branch names'],
    ['a^b', 'contains a character git does not allow in branch names'],
    ['topic:x', 'contains a character git does not allow in branch names'],
    ['back\\slash', 'contains a character git does not allow in branch names'],
    ['tab\there', 'contains a character git does not allow in branch names'],
    ['feature..x', 'is not a valid git branch name'],
    ['a//b', 'is not a valid git branch name'],
    ['/leading', 'is not a valid git branch name'],
    ['trailing/', 'is not a valid git branch name'],
    ['x.lock', 'is not a valid git branch name'],
    ['release/[', 'is not a valid glob'],
  ])('refuses %j: %s', (glob, problem) => {
    expect(branchGlobProblem(glob)).toBe(problem);
  });
});
