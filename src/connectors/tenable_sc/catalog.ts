// Catalog entry for Tenable Security Center (Tenable.sc): API keys, repository and policy for scans, severity 0-4.
import type { CatalogEntry } from '../../catalog/types.js';

export const tenableScEntry: CatalogEntry = {
  type: 'tenable_sc',
  displayName: 'Tenable Security Center',
  category: 'vm',
  archetype: 'scanner',
  description: 'On-premises Tenable Security Center (formerly Tenable.sc): scan control, vulnerability analysis and assets via the REST API with API keys (5.13+).',
  capabilities: ['remote_scans', 'pull_results', 'file_import', 'asset_sync', 'connection_test'],
  fileFormats: ['nessus_xml'],
  severity: {
    description: 'severity.id 0-4 (Info, Low, Medium, High, Critical)',
    mapping: {
      '0': 'info',
      '1': 'low',
      '2': 'medium',
      '3': 'high',
      '4': 'critical',
      none: 'info',
      info: 'info',
      low: 'low',
      medium: 'medium',
      high: 'high',
      critical: 'critical',
    },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://tenablesc.example.com',
      description: 'Security Center web URL; the REST API lives under /rest on it.',
    },
    {
      name: 'access_key',
      kind: 'secret',
      required: true,
      description: 'API access key of the user, sent in the x-apikey header (Security Center 5.13+).',
    },
    {
      name: 'secret_key',
      kind: 'secret',
      required: true,
      description: 'API secret key generated with the access key, sent in the x-apikey header.',
    },
  ],
  config: [
    {
      name: 'repository_id',
      kind: 'integer',
      required: false,
      minimum: 1,
      example: 1,
      description: 'Repository that scans created by secwire write to and that analysis queries read; all repositories the user can see when unset.',
    },
    {
      name: 'policy_id',
      kind: 'integer',
      required: false,
      minimum: 1,
      example: 1000001,
      description: 'Scan policy used when secwire creates scans.',
    },
  ],
  docsUrl: 'https://docs.tenable.com/security-center/api_best_practices/Content/AboutScApiBestPrac.htm',
};
