// Catalog entry for Nuclei: file import of JSONL output only, template severities info-critical.
import type { CatalogEntry } from '../../catalog/types.js';

export const nucleiEntry: CatalogEntry = {
  type: 'nuclei',
  displayName: 'Nuclei',
  category: 'dast',
  archetype: 'scanner',
  description: 'ProjectDiscovery Nuclei template scanner: imports its JSON Lines result files; there is no server to connect to.',
  capabilities: ['file_import'],
  fileFormats: ['nuclei_jsonl'],
  severity: {
    description: 'template info.severity info / low / medium / high / critical / unknown',
    mapping: {
      critical: 'critical',
      high: 'high',
      medium: 'medium',
      low: 'low',
      info: 'info',
      unknown: 'info',
    },
  },
  auth: [],
  config: [],
  docsUrl: 'https://github.com/projectdiscovery/nuclei',
};
