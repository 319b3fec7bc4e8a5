// Catalog entry for Invicti Enterprise (formerly Netsparker): user ID + API token, scan profile, severity words.
import type { CatalogEntry } from '../../catalog/types.js';

export const invictiEntry: CatalogEntry = {
  type: 'invicti',
  displayName: 'Invicti Enterprise',
  category: 'dast',
  archetype: 'scanner',
  description: 'Invicti Enterprise (formerly Netsparker Enterprise), on-demand or on-premises: websites, scans and issues via the API 1.0 with user ID and API token.',
  capabilities: ['remote_scans', 'pull_results', 'asset_sync', 'connection_test'],
  severity: {
    description: 'issue severity Critical / High / Medium / Low / BestPractice / Information',
    mapping: {
      critical: 'critical',
      high: 'high',
      medium: 'medium',
      low: 'low',
      bestpractice: 'info',
      information: 'info',
    },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      default: 'https://www.netsparkercloud.com',
      description: 'Invicti Enterprise host; the on-demand default, or your own host for on-premises and other hosted regions.',
    },
    {
      name: 'user_id',
      kind: 'string',
      required: true,
      description: 'User ID from API Settings, sent with the API token as HTTP Basic auth.',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: true,
      description: 'API token from API Settings; resetting it there revokes the old one.',
    },
  ],
  config: [
    {
      name: 'scan_profile',
      kind: 'string',
      required: false,
      example: 'Full Scan - Production',
      description: 'Name of the scan profile secwire launches scans with; scans use the target website\'s default policy when unset.',
    },
  ],
  docsUrl: 'https://docs.invicti.com/ie-is/api-settings-overview',
};
