// The CI environment as the gate reads it: a pull request's target branch first, then the pushed branch;
// repository, commit and pull-request number per CI system.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { ciEnvironments } from '../../src/cli/ci-environments.js';
import { ciContext, pullRequestNumberOf } from '../../src/gate/index.js';

/** The environment read against the CI systems the registered connectors declare. */
const readCi = (env: Record<string, string | undefined>, event?: unknown) => ciContext(env, ciEnvironments(), event);

const corpus = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const prOpened = JSON.parse(readFileSync(path.join(corpus, 'webhooks', 'github-pull_request-opened-payload.json'), 'utf8')) as {
  pull_request: { number: number; base: { ref: string } };
};
const pushed = JSON.parse(readFileSync(path.join(corpus, 'webhooks', 'github-push-new-branch-payload.json'), 'utf8')) as unknown;

describe('ciContext', () => {
  it('is empty outside CI', () => {
    expect(readCi({ HOME: '/home/me', PATH: '/bin' })).toEqual({});
  });

  it('GitHub pull request: the target branch (GITHUB_BASE_REF) and the number from the event payload', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_BASE_REF: prOpened.pull_request.base.ref,
      GITHUB_REF_NAME: `${prOpened.pull_request.number}/merge`,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      GITHUB_ACTOR: 'Codertocat',
    };
    expect(readCi(env, prOpened)).toEqual({
      system: 'GitHub Actions',
      branch: prOpened.pull_request.base.ref,
      branchSource: 'GITHUB_BASE_REF',
      branchIsTarget: true,
      pullRequest: true,
      repository: 'Codertocat/Hello-World',
      commit: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      pullRequestNumber: prOpened.pull_request.number,
      actor: 'Codertocat',
    });
  });

  it('GitHub push: GITHUB_REF_NAME (an empty GITHUB_BASE_REF counts as unset), no pull request', () => {
    const ctx = readCi({ GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: '', GITHUB_REF_NAME: 'release/2.0', GITHUB_SHA: 'abc' }, pushed);
    expect(ctx).toEqual({ system: 'GitHub Actions', branch: 'release/2.0', branchSource: 'GITHUB_REF_NAME', commit: 'abc' });
  });

  it('GitLab merge request and branch pipeline', () => {
    expect(
      readCi({ GITLAB_CI: 'true', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_COMMIT_BRANCH: 'feat', CI_PROJECT_PATH: 'grp/app', CI_COMMIT_SHA: 'c0ffee', CI_MERGE_REQUEST_IID: '17' }),
    ).toMatchObject({ system: 'GitLab CI', branch: 'main', branchSource: 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME', repository: 'grp/app', commit: 'c0ffee', pullRequestNumber: 17 });
    expect(readCi({ GITLAB_CI: 'true', CI_COMMIT_BRANCH: 'main' })).toEqual({ system: 'GitLab CI', branch: 'main', branchSource: 'CI_COMMIT_BRANCH' });
  });

  it('Bitbucket pull request and branch build', () => {
    expect(readCi({ BITBUCKET_BUILD_NUMBER: '9', BITBUCKET_PR_DESTINATION_BRANCH: 'develop', BITBUCKET_BRANCH: 'feat', BITBUCKET_PR_ID: '4', BITBUCKET_REPO_FULL_NAME: 'team/repo' })).toMatchObject({
      branch: 'develop',
      branchIsTarget: true,
      pullRequestNumber: 4,
      repository: 'team/repo',
    });
    expect(readCi({ BITBUCKET_BRANCH: 'main' })).toMatchObject({ system: 'Bitbucket Pipelines', branch: 'main' });
  });

  it('Jenkins: detected by JENKINS_URL only; a multibranch pull request build and its BUILD_URL', () => {
    const env = { JENKINS_URL: 'https://ci.acme.example/', BUILD_URL: 'https://ci.acme.example/job/app/job/PR-12/3/', BRANCH_NAME: 'PR-12', CHANGE_ID: '12', CHANGE_TARGET: 'main', GIT_COMMIT: 'f00d', GIT_URL: 'https://git.acme.example/app.git' };
    expect(readCi(env)).toEqual({
      system: 'Jenkins',
      branch: 'main',
      branchSource: 'CHANGE_TARGET',
      branchIsTarget: true,
      pullRequest: true,
      repository: 'https://git.acme.example/app.git',
      commit: 'f00d',
      pullRequestNumber: 12,
      build: 'https://ci.acme.example/job/app/job/PR-12/3/',
    });
    // BRANCH_NAME alone (a shell that happens to set it) is not Jenkins.
    expect(readCi({ BRANCH_NAME: 'main' })).toEqual({});
  });

  it('Bamboo: the build result key and the plan repository variables', () => {
    expect(
      readCi({ bamboo_buildResultKey: 'SEC-APP-JOB1-42', bamboo_planRepository_branchName: 'main', bamboo_planRepository_revision: 'be11', bamboo_planRepository_repositoryUrl: 'ssh://git@bitbucket.acme.example/sec/app.git' }),
    ).toEqual({ system: 'Bamboo', branch: 'main', branchSource: 'bamboo_planRepository_branchName', repository: 'ssh://git@bitbucket.acme.example/sec/app.git', commit: 'be11', build: 'SEC-APP-JOB1-42' });
    expect(readCi({ bamboo_buildResultKey: 'SEC-APP-JOB1-43', bamboo_repository_pr_key: '7', bamboo_repository_pr_targetBranch: 'develop' })).toMatchObject({ branch: 'develop', branchIsTarget: true, pullRequestNumber: 7 });
  });

  it('Azure: refs/heads/ is stripped from the target branch, and the full source branch beats its last segment', () => {
    expect(readCi({ TF_BUILD: 'True', SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/release/3', SYSTEM_PULLREQUEST_PULLREQUESTID: '88' })).toMatchObject({
      branch: 'release/3',
      branchIsTarget: true,
      pullRequestNumber: 88,
    });
    expect(readCi({ TF_BUILD: 'True', BUILD_SOURCEBRANCH: 'refs/heads/feature/x', BUILD_SOURCEBRANCHNAME: 'x' })).toMatchObject({ branch: 'feature/x', branchSource: 'BUILD_SOURCEBRANCH' });
    expect(readCi({ TF_BUILD: 'True', BUILD_SOURCEBRANCHNAME: 'main' })).toMatchObject({ branch: 'main', branchSource: 'BUILD_SOURCEBRANCHNAME' });
  });
});

describe('pullRequestNumberOf', () => {
  it('reads pull_request.number of a real pull_request event, and nothing from other events', () => {
    expect(pullRequestNumberOf(prOpened)).toBe(prOpened.pull_request.number);
    expect(pullRequestNumberOf(pushed)).toBeUndefined();
    expect(pullRequestNumberOf(null)).toBeUndefined();
    expect(pullRequestNumberOf({ pull_request: { number: -1 } })).toBeUndefined();
  });
});
