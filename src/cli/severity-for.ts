// Builds the findings parsers' severityFor from the connector catalog: per file format, the native → normalized
// mapping of the catalog entries that import that format (a file-only entry first when there are several).
import '../connectors/index.js';
import { listConnectors } from '../catalog/registry.js';
import type { CatalogEntry, FileFormat, Severity } from '../catalog/types.js';
import type { SeverityFor } from '../findings/index.js';

/** An entry that only imports files (no remote scans, no pulled results): its mapping describes the file format itself. */
function isFileOnly(entry: CatalogEntry): boolean {
  return entry.capabilities.every((c) => c === 'file_import');
}

/**
 * One lookup table per format, merged from the entries that list the format in `fileFormats`: file-only entries
 * first, then the others in type order; the first entry that maps a native value decides it. Keys are lower-cased,
 * since the catalog compares native values case-insensitively and the parsers pass them lower-cased.
 */
export function severityTables(entries: readonly CatalogEntry[]): Map<FileFormat, Map<string, Severity>> {
  const ranked = [...entries].sort((a, b) => Number(isFileOnly(b)) - Number(isFileOnly(a)) || a.type.localeCompare(b.type));
  const tables = new Map<FileFormat, Map<string, Severity>>();
  for (const entry of ranked) {
    for (const format of entry.fileFormats ?? []) {
      let table = tables.get(format);
      if (table === undefined) tables.set(format, (table = new Map()));
      for (const [native, severity] of Object.entries(entry.severity.mapping)) {
        const key = native.trim().toLowerCase();
        if (!table.has(key)) table.set(key, severity);
      }
    }
  }
  return tables;
}

/** severityFor over the registered catalog; values the catalog does not map fall through to the parsers' fallbacks. */
export function catalogSeverityFor(entries: readonly CatalogEntry[] = listConnectors().map((c) => c.entry)): SeverityFor {
  const tables = severityTables(entries);
  return (format, native) => tables.get(format)?.get(native);
}
