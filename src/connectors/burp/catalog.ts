// Catalog entry for Burp Suite DAST (formerly Enterprise Edition): GraphQL API key, site scope, issue severity high-info.
import type { CatalogEntry } from '../../catalog/types.js';

export const burpEntry: CatalogEntry = {
  type: 'burp',
  displayName: 'Burp Suite DAST / Enterprise Edition',
  category: 'dast',
  archetype: 'scanner',
  description: 'PortSwigger Burp Suite DAST (formerly Enterprise Edition): sites, scans and issues via the GraphQL API with an API user key.',
  capabilities: ['remote_scans', 'pull_results', 'asset_sync', 'connection_test'],
  // Burp has no critical; confidence (certain/firm/tentative) is a separate axis the mapper may use.
  severity: {
    description: 'issue severity high / medium / low / info',
    mapping: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://burp.example.com',
      description: 'Burp Suite DAST web server URL; the GraphQL endpoint is /graphql/v1 on it.',
    },
    {
      name: 'api_key',
      kind: 'secret',
      required: true,
      description: 'API key of a dedicated API user, sent as the raw Authorization header value.',
    },
  ],
  config: [
    {
      name: 'site_id',
      kind: 'string',
      required: false,
      example: '42',
      description: 'Site whose scans secwire schedules and whose issues it pulls; all sites the API user can see when unset.',
    },
  ],
  docsUrl: 'https://portswigger.net/burp/documentation/dast/user-guide/api-documentation/graphql-api/getting-started',
};
