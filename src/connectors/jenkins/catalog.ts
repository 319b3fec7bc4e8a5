// Catalog entry for Jenkins: base URL, user + API token (Basic, no crumb), jobs and builds as assets.
import type { CatalogEntry } from '../../catalog/types.js';

export const jenkinsEntry: CatalogEntry = {
  type: 'jenkins',
  displayName: 'Jenkins',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'Jenkins jobs and builds read through the JSON remote access API, with build events received as webhooks.',
  capabilities: ['asset_sync', 'webhooks_inbound', 'build_report', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.base_url',
  // Multibranch pipelines set BRANCH_NAME, and CHANGE_ID / CHANGE_TARGET for pull requests; the git plugin sets GIT_*
  // (its GIT_BRANCH is `origin/main`, a remote name, so it is not read as the branch).
  ciEnvironment: {
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
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://jenkins.acme.com',
      description: 'Jenkins root URL including any context path, e.g. https://ci.acme.com/jenkins.',
    },
    {
      name: 'username',
      kind: 'string',
      required: true,
      example: 'svc-secwire',
      description: 'Jenkins user the API token belongs to.',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: true,
      description: 'API token of that user, sent with HTTP Basic auth (Jenkins 2.96+ needs no CSRF crumb for API tokens).',
    },
  ],
  config: [
    {
      name: 'jobs',
      kind: 'string_list',
      required: false,
      example: ['payments/main', 'web-build'],
      description: 'Full job names (folders separated by /) to sync; empty syncs every job the user can read.',
    },
  ],
  docsUrl: 'https://www.jenkins.io/doc/book/using/remote-access-api/',
};
