// Catalog entry for Nmap: file import of XML output only; open ports become info findings.
import type { CatalogEntry } from '../../catalog/types.js';

export const nmapEntry: CatalogEntry = {
  type: 'nmap',
  displayName: 'Nmap',
  category: 'discovery',
  archetype: 'scanner',
  description: 'Nmap network scanner: imports its XML output (hosts, open ports, services, NSE script output); there is no server to connect to.',
  capabilities: ['file_import'],
  fileFormats: ['nmap_xml'],
  // Nmap has no severity; open ports are informational and any CVSS from NSE scripts (e.g. vulners) is handled by the parser.
  severity: {
    description: 'none native; an open port is informational',
    mapping: { open: 'info' },
  },
  auth: [],
  config: [],
  docsUrl: 'https://nmap.org/book/output-formats-xml-output.html',
};
