// Catalog entry for Bitbucket (Cloud and Data Center): one type, deployment switch, statuses, PR comments, webhooks.
import type { CatalogEntry } from '../../catalog/types.js';

export const bitbucketEntry: CatalogEntry = {
  type: 'bitbucket',
  displayName: 'Bitbucket',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'Bitbucket Cloud (API 2.0) or Bitbucket Data Center (REST 1.0) repositories, with build statuses, PR comments and webhooks.',
  capabilities: ['asset_sync', 'webhooks_inbound', 'commit_status', 'pr_comment', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'cloud',
      enum: ['cloud', 'datacenter'],
      description: 'Bitbucket Cloud (email + API token, or an access token) or Bitbucket Data Center (HTTP access token).',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'datacenter' },
      default: 'https://api.bitbucket.org',
      example: 'https://bitbucket.acme.com',
      description: 'API host: https://api.bitbucket.org for Cloud; for Data Center the server base URL including any context path.',
    },
    {
      name: 'email',
      kind: 'string',
      required: false,
      pattern: '^[^@\\s]+@[^@\\s]+$',
      example: 'secops-bot@acme.com',
      description: 'Atlassian account email the API token belongs to (Cloud with api_token).',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: false,
      description: 'Atlassian API token with Bitbucket scopes, sent as Basic email:api_token (Cloud; set it or access_token).',
    },
    {
      name: 'access_token',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'datacenter' },
      description:
        'Bearer token: a Cloud workspace, project or repository access token (instead of email + api_token), or a Data Center HTTP access token.',
    },
  ],
  config: [
    {
      name: 'workspace',
      kind: 'string',
      required: false,
      pattern: '^[a-z0-9_-]+$',
      example: 'acme',
      description: 'Workspace slug whose repositories are synced (Cloud; required there).',
    },
    {
      name: 'project_key',
      kind: 'string',
      required: false,
      pattern: '^[A-Za-z][A-Za-z0-9_]*$',
      example: 'PAY',
      description: 'Project key whose repositories are synced (Data Center; required there), or that narrows a Cloud workspace.',
    },
    {
      name: 'repositories',
      kind: 'string_list',
      required: false,
      pattern: '^[a-z0-9._-]+$',
      example: ['payments-service'],
      description: 'Repository slugs to sync; empty syncs every repository of the workspace or project.',
    },
  ],
  docsUrl: 'https://developer.atlassian.com/cloud/bitbucket/rest/',
};
