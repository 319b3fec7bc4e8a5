// Catalog entry for Tenable Vulnerability Management (Tenable.io): cloud API keys, scan folder and template, severity 0-4.
import type { CatalogEntry } from '../../catalog/types.js';

export const tenableIoEntry: CatalogEntry = {
  type: 'tenable_io',
  displayName: 'Tenable Vulnerability Management',
  category: 'vm',
  archetype: 'scanner',
  description: 'Tenable Vulnerability Management (formerly Tenable.io) cloud: scan control, bulk vulnerability and asset exports via the REST API with API keys.',
  capabilities: ['remote_scans', 'pull_results', 'file_import', 'asset_sync', 'connection_test'],
  fileFormats: ['nessus_xml'],
  // VPR (0.1-10) is a second axis the mapper may use; the catalog maps the vendor severity only.
  severity: {
    description: 'severity info/low/medium/high/critical with severity_id 0-4',
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
      name: 'access_key',
      kind: 'secret',
      required: true,
      description: 'API access key of the user, sent in the X-ApiKeys header.',
    },
    {
      name: 'secret_key',
      kind: 'secret',
      required: true,
      description: 'API secret key generated with the access key, sent in the X-ApiKeys header.',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      default: 'https://cloud.tenable.com',
      description: 'API host; change it only for a non-commercial (e.g. FedRAMP) Tenable site.',
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
  docsUrl: 'https://developer.tenable.com/docs/manage-scans-tio',
};
