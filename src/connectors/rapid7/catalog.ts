// Catalog entry for Rapid7 InsightVM: console API v3 (Basic) or Cloud Integrations API v4 (X-Api-Key), site scope, severity words.
import type { CatalogEntry } from '../../catalog/types.js';

export const rapid7Entry: CatalogEntry = {
  type: 'rapid7',
  displayName: 'Rapid7 InsightVM',
  category: 'vm',
  archetype: 'scanner',
  description: 'Rapid7 InsightVM: Security Console API v3 (Basic auth) for site scans, assets and findings, or the Insight platform Cloud Integrations API v4 (API key).',
  capabilities: ['remote_scans', 'pull_results', 'asset_sync', 'connection_test'],
  // InsightVM has three severity words; low and info can only come from severityScore/CVSS, which the mapper handles.
  severity: {
    description: 'vulnerability severity Moderate / Severe / Critical (plus severityScore 0-10 and Real Risk 0-1000)',
    mapping: { critical: 'critical', severe: 'high', moderate: 'medium' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'console',
      enum: ['console', 'cloud'],
      description: 'Security Console API v3 with a console user (console) or Insight platform Cloud Integrations API v4 with an API key (cloud).',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://insightvm.example.com:3780',
      description: 'Console URL with its port (3780 by default), or https://<region>.api.insight.rapid7.com for the cloud API (region us, us2, us3, eu, ca, au, ap).',
    },
    {
      name: 'username',
      kind: 'string',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'console' },
      example: 'secwire',
      description: 'Security Console user, sent with the password as HTTP Basic auth (console).',
    },
    {
      name: 'password',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'console' },
      description: 'Password of the Security Console user (console).',
    },
    {
      name: 'api_key',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      description: 'Insight platform user or organization API key, sent in the X-Api-Key header (cloud).',
    },
  ],
  config: [
    {
      name: 'site_id',
      kind: 'integer',
      required: false,
      minimum: 1,
      example: 12,
      description: 'Site whose scans secwire launches and whose assets and findings it pulls; all sites the user can see when unset.',
    },
  ],
  docsUrl: 'https://help.rapid7.com/insightvm/en-us/api/index.html',
};
