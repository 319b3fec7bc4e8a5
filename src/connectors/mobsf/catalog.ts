// Catalog entry for MobSF (Mobile Security Framework): REST API key, finding severities high/warning/info/secure.
import type { CatalogEntry } from '../../catalog/types.js';

export const mobsfEntry: CatalogEntry = {
  type: 'mobsf',
  displayName: 'MobSF (Mobile Security Framework)',
  category: 'mobile',
  archetype: 'scanner',
  description: 'Self-hosted Mobile Security Framework: uploads and statically scans APK/IPA/APPX builds and pulls JSON reports via the REST API with an API key.',
  capabilities: ['remote_scans', 'pull_results', 'connection_test'],
  // MobSF has no critical; "secure" and "hotspot" describe passed or review-only checks, so they land on info.
  severity: {
    description: 'finding severity high / warning / info / secure (and hotspot in the scorecard)',
    mapping: { high: 'high', warning: 'medium', info: 'info', secure: 'info', hotspot: 'info' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'http://mobsf.example.com:8000',
      description: 'MobSF server URL with its port (8000 by default); the REST API lives under /api/v1 on it.',
    },
    {
      name: 'api_key',
      kind: 'secret',
      required: true,
      description: 'REST API key shown at /api_docs on the server, sent in the X-Mobsf-Api-Key header.',
    },
  ],
  config: [],
  docsUrl: 'https://mobsf.github.io/docs/',
};
