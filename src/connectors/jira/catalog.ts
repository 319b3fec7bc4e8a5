// Catalog entry for Jira (Cloud and Data Center): auth and config fields, capabilities, priority scale.
import type { CatalogEntry } from '../../catalog/types.js';

export const jiraEntry: CatalogEntry = {
  type: 'jira',
  displayName: 'Jira',
  category: 'itsm',
  archetype: 'itsm',
  description: 'Atlassian Jira Cloud (REST v3, email + API token) or Jira Data Center (REST v2, personal access token).',
  capabilities: ['tickets', 'bulk_tickets', 'webhooks_inbound', 'connection_test'],
  // Jira priorities are instance-defined; these are the defaults every new site ships with.
  severity: {
    description: 'issue priority (instance-defined; defaults Highest, High, Medium, Low, Lowest)',
    mapping: { highest: 'critical', high: 'high', medium: 'medium', low: 'low', lowest: 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'cloud',
      enum: ['cloud', 'datacenter'],
      description: 'Jira Cloud (Basic auth with email and API token) or Jira Data Center (Bearer personal access token).',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://acme.atlassian.net',
      description: 'Site URL: https://<site>.atlassian.net for Cloud, or the Data Center base URL including any context path.',
    },
    {
      name: 'email',
      kind: 'string',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      pattern: '^[^@\\s]+@[^@\\s]+$',
      example: 'secops-bot@acme.com',
      description: 'Atlassian account email the API token belongs to (Cloud).',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      description: 'Atlassian API token, sent as Basic email:token (Cloud).',
    },
    {
      name: 'pat',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'datacenter' },
      description: 'Personal access token (Jira 8.14+), sent as Authorization: Bearer (Data Center).',
    },
  ],
  config: [
    {
      name: 'project_key',
      kind: 'string',
      required: true,
      pattern: '^[A-Z][A-Z0-9_]{1,9}$',
      example: 'SEC',
      description: 'Key of the project tickets are created in.',
    },
    {
      name: 'issue_type',
      kind: 'string',
      required: false,
      default: 'Bug',
      description: 'Issue type name used for new tickets; must exist in the project.',
    },
    {
      name: 'labels',
      kind: 'string_list',
      required: false,
      default: ['secwire'],
      description: 'Labels added to every ticket secwire creates.',
    },
  ],
  docsUrl: 'https://developer.atlassian.com/cloud/jira/platform/rest/v3/',
};
