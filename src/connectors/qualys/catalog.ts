// Catalog entry for Qualys VMDR: Basic auth on the subscription's platform API server, option profile and scanner, QID severity 1-5.
import type { CatalogEntry } from '../../catalog/types.js';

export const qualysEntry: CatalogEntry = {
  type: 'qualys',
  displayName: 'Qualys VMDR',
  category: 'vm',
  archetype: 'scanner',
  description: 'Qualys VMDR: VM scan launch and control, scan results, host detections and host assets via the API v2 (/api/2.0/fo/) with Basic auth.',
  capabilities: ['remote_scans', 'pull_results', 'asset_sync', 'connection_test'],
  // Qualys itself documents 1-2 low, 3 medium, 4-5 high; the 5-level reading keeps 5 apart and 1 informational.
  severity: {
    description: 'QID severity level 1-5 (1 minimal … 5 urgent)',
    mapping: { '5': 'critical', '4': 'high', '3': 'medium', '2': 'low', '1': 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://qualysapi.qg2.apps.qualys.com',
      description:
        'API server of the platform the subscription lives on, e.g. https://qualysapi.qualys.com (US1), https://qualysapi.qg2.apps.qualys.com (US2), https://qualysapi.qualys.eu (EU1); shown under Help > About.',
    },
    {
      name: 'username',
      kind: 'string',
      required: true,
      description: 'Qualys user with API access enabled, sent with the password as HTTP Basic auth.',
    },
    {
      name: 'password',
      kind: 'secret',
      required: true,
      description: 'Password of the Qualys API user.',
    },
  ],
  config: [
    {
      name: 'option_profile_id',
      kind: 'integer',
      required: false,
      minimum: 1,
      example: 123456,
      description: 'Option profile (option_id) used when secwire launches scans; scan launch fails without one unless the scan names its own.',
    },
    {
      name: 'scanner_appliance',
      kind: 'string',
      required: false,
      example: 'dc1_scanner',
      description: 'Scanner appliance name (iscanner_name) for internal targets; external scanners are used when unset.',
    },
  ],
  docsUrl: 'https://docs.qualys.com/en/vm/api/scans/get_started/get_started.htm',
};
