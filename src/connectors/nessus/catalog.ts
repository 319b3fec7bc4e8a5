// Catalog entry for Nessus (Manager / Professional / Expert): API keys, scan folder and template, plugin severity 0-4.
import type { CatalogEntry } from '../../catalog/types.js';

export const nessusEntry: CatalogEntry = {
  type: 'nessus',
  displayName: 'Tenable Nessus',
  category: 'vm',
  archetype: 'scanner',
  description: 'On-premises Nessus scanner: scan control (Nessus Manager only), scan results and .nessus export via the REST API with access/secret keys.',
  // Nessus Professional and Expert refuse scan create/launch over the API; the connection test warns about it.
  capabilities: ['remote_scans', 'pull_results', 'file_import', 'connection_test'],
  fileFormats: ['nessus_xml'],
  severity: {
    description: 'plugin severity 0-4 (info, low, medium, high, critical), or the risk_factor word None/Low/Medium/High/Critical',
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
      example: 'https://nessus.example.com:8834',
      description: 'Nessus web server URL, including the port (8834 by default).',
    },
    {
      name: 'access_key',
      kind: 'secret',
      required: true,
      description: 'API access key (My Account > API Keys), sent in the X-ApiKeys header.',
    },
    {
      name: 'secret_key',
      kind: 'secret',
      required: true,
      description: 'API secret key generated with the access key, sent in the X-ApiKeys header.',
    },
  ],
  config: [
    {
      name: 'folder_id',
      kind: 'integer',
      required: false,
      minimum: 1,
      example: 3,
      description: 'Scan folder whose scans secwire lists and pulls; all folders when unset.',
    },
    {
      name: 'template_uuid',
      kind: 'string',
      required: false,
      description: 'UUID of the scan template (from GET /editor/scan/templates) used when secwire creates scans.',
    },
  ],
  docsUrl: 'https://docs.tenable.com/nessus/Content/GenerateAnAPIKey.htm',
};
