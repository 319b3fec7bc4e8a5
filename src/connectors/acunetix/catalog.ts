// Catalog entry for Acunetix: on-premises API key (X-Auth) or Acunetix 360 user ID + API token, scan profile, severity 0-4 and words.
import type { CatalogEntry } from '../../catalog/types.js';

export const acunetixEntry: CatalogEntry = {
  type: 'acunetix',
  displayName: 'Acunetix',
  category: 'dast',
  archetype: 'scanner',
  description: 'Acunetix web vulnerability scanner: targets, scans and findings via the on-premises API v1 (API key) or the Acunetix 360 API (user ID and API token).',
  capabilities: ['remote_scans', 'pull_results', 'asset_sync', 'connection_test'],
  severity: {
    description: 'on-premises severity 0-4 (info, low, medium, high, critical), or Acunetix 360 Critical/High/Medium/Low/BestPractice/Information',
    mapping: {
      '0': 'info',
      '1': 'low',
      '2': 'medium',
      '3': 'high',
      '4': 'critical',
      critical: 'critical',
      high: 'high',
      medium: 'medium',
      low: 'low',
      bestpractice: 'info',
      information: 'info',
      informational: 'info',
      info: 'info',
    },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'on_prem',
      enum: ['on_prem', 'acunetix_360'],
      description: 'Acunetix Standard/Premium on your own server (API key) or the Acunetix 360 cloud (user ID and API token).',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://acunetix.example.com:3443',
      description: 'On-premises server URL with its port (3443 by default), or https://online.acunetix360.com for Acunetix 360.',
    },
    {
      name: 'api_key',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'on_prem' },
      description: 'API key from the user profile, sent in the X-Auth header (on_prem).',
    },
    {
      name: 'user_id',
      kind: 'string',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'acunetix_360' },
      description: 'User ID from API Settings, sent with the API token as HTTP Basic auth (acunetix_360).',
    },
    {
      name: 'api_token',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'acunetix_360' },
      description: 'API token from API Settings (acunetix_360).',
    },
  ],
  config: [
    {
      name: 'scan_profile_id',
      kind: 'string',
      required: false,
      default: '11111111-1111-1111-1111-111111111111',
      pattern: '^[0-9a-fA-F-]{36}$',
      description: 'On-premises scan profile used when secwire launches scans; the default is the built-in Full Scan profile.',
    },
  ],
  docsUrl: 'https://www.acunetix.com/support/docs/a360/your-account/api-settings/',
};
