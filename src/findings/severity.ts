// Native severity → normalized severity: the catalog's mapping first, then a format-level fallback.
import type { FileFormat, Severity } from '../catalog/types.js';
import { isSeverity } from './formats.js';
import type { SeverityFor } from './parse-types.js';

/**
 * Fallbacks used only when the catalog has no mapping for a value. They encode format
 * semantics (SARIF levels, Nessus 0-4), not vendor policy. Anything else becomes info.
 */
const FORMAT_FALLBACK = {
  sarif: { error: 'high', warning: 'medium', note: 'low', none: 'info' },
  nuclei_jsonl: { unknown: 'info' },
  nmap_xml: {},
  masscan_json: {},
  masscan_list: {},
  nessus_xml: { '0': 'info', '1': 'low', '2': 'medium', '3': 'high', '4': 'critical', none: 'info' },
} as const satisfies Record<FileFormat, Readonly<Record<string, Severity>>>;

/** Resolves a native value; `native` is passed to severityFor trimmed and lower-cased. */
export function resolveSeverity(format: FileFormat, native: string, severityFor: SeverityFor): Severity {
  const key = native.trim().toLowerCase();
  const mapped = severityFor(format, key);
  if (mapped !== undefined) return mapped;
  const table: Readonly<Record<string, Severity>> = FORMAT_FALLBACK[format];
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key] as Severity;
  return isSeverity(key) ? key : 'info';
}

/** CVSS base score → severity (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0, info 0). */
export function cvssToSeverity(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** A CVSS score written as a string ("7.8"), or undefined when it is not one (e.g. "HIGH"). */
export function parseCvss(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 10 ? value : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 8) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : undefined;
}
