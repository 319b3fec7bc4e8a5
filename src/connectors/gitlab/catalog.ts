// Catalog entry for GitLab (GitLab.com, Self-Managed, Dedicated): access token, group or projects, statuses and MR notes.
import type { CatalogEntry } from '../../catalog/types.js';

export const gitlabEntry: CatalogEntry = {
  type: 'gitlab',
  displayName: 'GitLab',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'GitLab.com or self-managed GitLab projects with pipeline events, commit statuses and merge request notes (REST API v4).',
  capabilities: ['asset_sync', 'webhooks_inbound', 'commit_status', 'pr_comment', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.base_url',
  ciEnvironment: {
    label: 'GitLab CI',
    marker: 'GITLAB_CI',
    targetBranch: ['CI_MERGE_REQUEST_TARGET_BRANCH_NAME'],
    branch: ['CI_COMMIT_BRANCH'],
    repository: ['CI_PROJECT_PATH'],
    commit: ['CI_COMMIT_SHA'],
    pullRequest: ['CI_MERGE_REQUEST_IID'],
    actor: ['GITLAB_USER_LOGIN'],
  },
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      default: 'https://gitlab.com',
      description: 'GitLab instance URL without /api/v4: https://gitlab.com, or the URL of a self-managed or Dedicated instance.',
    },
    {
      name: 'token',
      kind: 'secret',
      required: true,
      description: 'Personal, group or project access token with the api scope, sent in the PRIVATE-TOKEN header.',
    },
  ],
  config: [
    {
      name: 'group',
      kind: 'string',
      required: false,
      example: 'acme/appsec',
      description: 'Full path of a group whose projects, subgroups included, are synced.',
    },
    {
      name: 'projects',
      kind: 'string_list',
      required: false,
      example: ['acme/payments-service', '1234'],
      description: 'Project full paths or numeric IDs to sync besides the group; with neither set, every project the token is a member of is synced.',
    },
  ],
  docsUrl: 'https://docs.gitlab.com/api/rest/',
};
