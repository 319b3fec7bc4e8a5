// Catalog entry for GitHub (github.com, GHEC, GHES): token auth, repositories of one owner, statuses and PR comments.
import type { CatalogEntry } from '../../catalog/types.js';

export const githubEntry: CatalogEntry = {
  type: 'github',
  displayName: 'GitHub',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'GitHub.com or GitHub Enterprise Server repositories of one organization or user, with commit statuses, PR comments and webhooks.',
  capabilities: ['asset_sync', 'webhooks_inbound', 'commit_status', 'pr_comment', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.api_url',
  ciEnvironment: {
    label: 'GitHub Actions',
    marker: 'GITHUB_ACTIONS',
    targetBranch: ['GITHUB_BASE_REF'],
    branch: ['GITHUB_REF_NAME'],
    repository: ['GITHUB_REPOSITORY'],
    commit: ['GITHUB_SHA'],
    // The pull-request number is in the event payload (GITHUB_EVENT_PATH), not a variable.
    pullRequest: [],
    actor: ['GITHUB_ACTOR'],
  },
  auth: [
    {
      name: 'token',
      kind: 'secret',
      required: true,
      description: 'Fine-grained or classic personal access token, sent as Authorization: Bearer <token>.',
    },
    {
      name: 'api_url',
      kind: 'url',
      required: false,
      default: 'https://api.github.com',
      description: 'REST API root: https://api.github.com for github.com, https://HOST/api/v3 for GitHub Enterprise Server.',
    },
  ],
  config: [
    {
      name: 'owner',
      kind: 'string',
      required: true,
      pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$',
      example: 'acme',
      description: 'Organization or user login whose repositories are synced.',
    },
    {
      name: 'repositories',
      kind: 'string_list',
      required: false,
      pattern: '^[A-Za-z0-9._-]{1,100}$',
      example: ['payments-service', 'web'],
      description: 'Repository names (without the owner) to sync; empty syncs every repository of the owner the token can read.',
    },
  ],
  docsUrl: 'https://docs.github.com/en/rest',
};
