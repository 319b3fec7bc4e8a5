// Catalog entry for Snyk: regional API host, API token, organization-scoped issues, SBOMs and dependency graphs.
import type { CatalogEntry } from '../../catalog/types.js';

export const snykEntry: CatalogEntry = {
  type: 'snyk',
  displayName: 'Snyk',
  category: 'sca',
  archetype: 'pull_only',
  description: 'Snyk issues, SBOMs and dependency graphs pulled per organization and project through the Snyk REST and v1 APIs.',
  capabilities: ['pull_results', 'sbom_export', 'dependency_graph', 'webhooks_inbound', 'connection_test'],
  severity: {
    description: 'issue severity critical, high, medium, low (no informational level)',
    mapping: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'token',
      kind: 'secret',
      required: true,
      description: 'Personal or service-account API token, sent as Authorization: token <token>.',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      default: 'https://api.snyk.io',
      description:
        'API host of the Snyk region: https://api.snyk.io (SNYK-US-01), https://api.us.snyk.io (US-02), https://api.eu.snyk.io (EU-01) or https://api.au.snyk.io (AU-01).',
    },
  ],
  config: [
    {
      name: 'org_id',
      kind: 'string',
      required: true,
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
      example: '4a18d42f-0706-4ad0-b127-24078731fbed',
      description: 'Organization ID (UUID, from Organization settings) that issues, projects and webhooks are read from.',
    },
    {
      name: 'project_ids',
      kind: 'string_list',
      required: false,
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
      description: 'Project IDs (UUIDs) to pull; empty pulls every project of the organization.',
    },
  ],
  docsUrl: 'https://docs.snyk.io/snyk-api',
};
