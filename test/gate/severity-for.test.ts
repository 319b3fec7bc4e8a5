// severityFor from the catalog: per format, the mappings of the entries that import it, a file-only entry first.
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { catalogSeverityFor } from '../../src/cli/severity-for.js';

function entry(type: string, capabilities: CatalogEntry['capabilities'], fileFormats: CatalogEntry['fileFormats'], mapping: Record<string, 'critical' | 'high' | 'medium' | 'low' | 'info'>): CatalogEntry {
  return { type, displayName: type, category: 'vm', archetype: 'scanner', description: '', capabilities, fileFormats, severity: { description: '', mapping }, auth: [], config: [] };
}

describe('catalogSeverityFor', () => {
  it('prefers the file-only entry, falls back to the others for values it does not map, and ignores other formats', () => {
    const severityFor = catalogSeverityFor([
      entry('a-platform', ['remote_scans', 'file_import'], ['nessus_xml'], { '4': 'high', serious: 'high', Urgent: 'critical' }),
      entry('z-file', ['file_import'], ['nessus_xml'], { '4': 'critical' }),
      entry('other', ['file_import'], ['sarif'], { serious: 'low' }),
    ]);
    expect(severityFor('nessus_xml', '4')).toBe('critical');
    expect(severityFor('nessus_xml', 'serious')).toBe('high');
    expect(severityFor('nessus_xml', 'urgent')).toBe('critical'); // catalog keys compare case-insensitively
    expect(severityFor('nessus_xml', 'unknown')).toBeUndefined();
    expect(severityFor('nmap_xml', '4')).toBeUndefined();
  });

  it('reads the registered catalog by default', () => {
    const severityFor = catalogSeverityFor();
    expect(severityFor('sarif', 'error')).toBe('high');
    expect(severityFor('sarif', 'note')).toBe('low');
    expect(severityFor('nuclei_jsonl', 'unknown')).toBe('info');
    expect(severityFor('nessus_xml', '4')).toBe('critical');
  });
});
