// Catalog entry for Azure DevOps (Services and Server): organization URL + PAT, repos, PR statuses and threads.
import type { CatalogEntry } from '../../catalog/types.js';

export const azureDevopsEntry: CatalogEntry = {
  type: 'azure_devops',
  displayName: 'Azure DevOps',
  category: 'cicd',
  archetype: 'asset_source',
  description: 'Azure DevOps Services or Server Git repositories and pipelines, with commit and PR statuses, PR threads and service hooks.',
  capabilities: ['asset_sync', 'webhooks_inbound', 'commit_status', 'pr_comment', 'connection_test'],
  severity: { description: 'none: CI systems report no findings of their own', mapping: {} },
  destinationField: 'auth.organization_url',
  ciEnvironment: {
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
  auth: [
    {
      name: 'organization_url',
      kind: 'url',
      required: true,
      example: 'https://dev.azure.com/acme',
      description:
        'Organization URL, https://dev.azure.com/<organization> (or the legacy https://<organization>.visualstudio.com), or https://HOST/<collection> for Azure DevOps Server.',
    },
    {
      name: 'pat',
      kind: 'secret',
      required: true,
      description: 'Personal access token, sent with HTTP Basic auth as the password of an empty user name.',
    },
  ],
  config: [
    {
      name: 'project',
      kind: 'string',
      required: false,
      example: 'Payments',
      description: 'Project name or ID whose repositories and pipelines are synced; unset syncs every project the PAT can read.',
    },
  ],
  docsUrl: 'https://learn.microsoft.com/en-us/rest/api/azure/devops/',
};
