// Catalog entry for Black Duck SCA: customer host, API token exchanged for a bearer token, per-project BOM risk.
import type { CatalogEntry } from '../../catalog/types.js';

export const blackduckEntry: CatalogEntry = {
  type: 'blackduck',
  displayName: 'Black Duck',
  category: 'sca',
  archetype: 'pull_only',
  description: 'Black Duck SCA vulnerable BOM components, SBOMs and dependency paths pulled per project version.',
  capabilities: ['pull_results', 'sbom_export', 'dependency_graph', 'connection_test'],
  // OK and UNKNOWN are the no-risk buckets of Black Duck's risk-profile counts (RiskCountType).
  severity: {
    description: 'vulnerability severity CRITICAL, HIGH, MEDIUM, LOW (CVSS-derived); risk profiles add OK and UNKNOWN',
    mapping: { critical: 'critical', high: 'high', medium: 'medium', low: 'low', ok: 'info', unknown: 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://blackduck.acme.com',
      description: 'Root URL of the Black Duck server (self-hosted or the customer hostname of a hosted instance), without /api.',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: true,
      description: 'Long-lived user API token, exchanged at POST /api/tokens/authenticate for a short-lived bearer token.',
    },
  ],
  config: [
    {
      name: 'project_names',
      kind: 'string_list',
      required: false,
      example: ['payments-service'],
      description: 'Black Duck project names whose versions are pulled; empty pulls every project the token can read.',
    },
  ],
};
