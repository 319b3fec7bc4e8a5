// Catalog entry for Checkmarx One: regional tenant host, API key (OAuth refresh token), per-project results.
import type { CatalogEntry } from '../../catalog/types.js';

export const checkmarxOneEntry: CatalogEntry = {
  type: 'checkmarx_one',
  displayName: 'Checkmarx One',
  category: 'sast',
  archetype: 'pull_only',
  description: 'Checkmarx One (SAST, SCA, KICS) results pulled per project, authenticated with an API key exchanged at the tenant IAM.',
  capabilities: ['pull_results', 'sbom_export', 'dependency_graph', 'webhooks_inbound', 'connection_test'],
  severity: {
    description: 'result severity CRITICAL, HIGH, MEDIUM, LOW, INFO (same five levels as secwire)',
    mapping: { critical: 'critical', high: 'high', medium: 'medium', low: 'low', info: 'info' },
  },
  destinationField: 'auth.base_url',
  // The credentials also go to this host when set, so a sealed value is bound to it too.
  extraDestinationFields: ['auth.iam_url'],
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://ast.checkmarx.net',
      description:
        'Regional API host of the tenant, e.g. https://ast.checkmarx.net (US), https://eu.ast.checkmarx.net, https://deu.ast.checkmarx.net, https://anz.ast.checkmarx.net, https://ind.ast.checkmarx.net or https://sng.ast.checkmarx.net.',
    },
    {
      name: 'iam_url',
      kind: 'url',
      required: false,
      example: 'https://eu.iam.checkmarx.net',
      description:
        'IAM host the API key is exchanged at; leave unset to derive it from base_url by replacing the leading "ast." with "iam." (https://eu.ast.checkmarx.net becomes https://eu.iam.checkmarx.net).',
    },
    {
      name: 'tenant',
      kind: 'string',
      required: true,
      example: 'acme',
      description: 'Tenant account name, used as the IAM realm in /auth/realms/{tenant}/protocol/openid-connect/token.',
    },
    {
      name: 'api_key',
      kind: 'secret',
      required: true,
      description: 'API key (an OAuth refresh token, client_id ast-app) exchanged for a short-lived Bearer access token.',
    },
  ],
  config: [
    {
      name: 'project_ids',
      kind: 'string_list',
      required: false,
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
      example: ['2c5e1f0a-6a1b-4f3e-9d2a-0b7c1e9f4a11'],
      description: 'Project IDs (UUIDs) whose latest scan results are pulled; empty pulls every project the API key can read.',
    },
  ],
  docsUrl: 'https://checkmarx.com/resource/documents/en/34965-68774-checkmarx-one-authentication-api.html',
};
