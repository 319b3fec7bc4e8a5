// Catalog entry for Checkmarx SAST (CxSAST 9.x, self-managed): username/password grant, per-project results.
import type { CatalogEntry } from '../../catalog/types.js';

export const checkmarxSastEntry: CatalogEntry = {
  type: 'checkmarx_sast',
  displayName: 'Checkmarx SAST',
  category: 'sast',
  archetype: 'pull_only',
  description: 'Self-managed Checkmarx SAST (CxSAST 9.x) scan results pulled per project through the CxSAST REST API.',
  capabilities: ['pull_results', 'connection_test'],
  // Critical exists only on newer 9.x servers (resultsStatistics.criticalSeverity); older ones stop at High.
  severity: {
    description: 'query severity Critical (newer 9.x only), High, Medium, Low, Information',
    mapping: { critical: 'critical', high: 'high', medium: 'medium', low: 'low', information: 'info', info: 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://cxsast.acme.com',
      description: 'Root URL of the CxSAST server, without /cxrestapi (secwire appends it).',
    },
    {
      name: 'username',
      kind: 'string',
      required: true,
      example: 'svc-secwire',
      description: 'CxSAST user for the OAuth password grant (client resource_owner_client, scope sast_rest_api).',
    },
    {
      name: 'password',
      kind: 'secret',
      required: true,
      description: 'Password of that CxSAST user.',
    },
  ],
  config: [
    {
      name: 'project_ids',
      kind: 'string_list',
      required: false,
      pattern: '^[0-9]+$',
      example: ['42'],
      description: 'Numeric CxSAST project IDs whose last finished scan is pulled; empty pulls every project the user can see.',
    },
  ],
  docsUrl: 'https://docs.checkmarx.com/en/34965-278101-using-the-cxsast--rest--api--v8-6-0-and-up-.html',
};
