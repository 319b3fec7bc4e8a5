// Catalog entry for Bamboo Data Center: base URL + personal access token, build plans and results as assets.
import type { CatalogEntry } from '../../catalog/types.js';

export const bambooEntry: CatalogEntry = {
  type: 'bamboo',
  displayName: 'Bamboo',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'Bamboo Data Center projects, plans and build results through the REST API, with build events from Bamboo webhooks.',
  capabilities: ['asset_sync', 'webhooks_inbound', 'build_report', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.base_url',
  // Bamboo exports its variables to the environment as bamboo_<name with dots as underscores>.
  ciEnvironment: {
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
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://bamboo.acme.com',
      description: 'Bamboo base URL including any port and context path (the default port is 8085), without /rest.',
    },
    {
      name: 'pat',
      kind: 'secret',
      required: true,
      description: 'Personal access token, sent as Authorization: Bearer <token>; a USER-permission token when gate --report comments on build results (READ is enough otherwise).',
    },
  ],
  config: [
    {
      name: 'plan_keys',
      kind: 'string_list',
      required: false,
      pattern: '^[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*$',
      example: ['PAY-BUILD'],
      description: 'Plan keys (PROJECTKEY-PLANKEY) to sync; empty syncs every plan the token can view.',
    },
  ],
  docsUrl: 'https://developer.atlassian.com/server/bamboo/using-the-bamboo-rest-apis/',
};
