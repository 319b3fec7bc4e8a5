// Catalog entry for Masscan: file import of JSON (-oJ) or list (-oL) output only; open ports become info findings.
import type { CatalogEntry } from '../../catalog/types.js';

export const masscanEntry: CatalogEntry = {
  type: 'masscan',
  displayName: 'Masscan',
  category: 'discovery',
  archetype: 'scanner',
  description: 'Masscan port scanner: imports its JSON or list output (open ports and banners); there is no server to connect to.',
  capabilities: ['file_import'],
  fileFormats: ['masscan_json', 'masscan_list'],
  severity: {
    description: 'none native; an open port is informational',
    mapping: { open: 'info' },
  },
  auth: [],
  config: [],
  docsUrl: 'https://github.com/robertdavidgraham/masscan',
};
