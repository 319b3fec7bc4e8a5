// The file formats and severities this layer knows, as values derived from typed records (no bare format ids).
import type { FileFormat, Severity } from '../catalog/types.js';

/** Human label per format; `satisfies` keeps this record in step with the catalog's FileFormat union. */
export const FORMAT_LABELS = {
  sarif: 'SARIF 2.1.0 (JSON)',
  nuclei_jsonl: 'Nuclei JSONL or JSON-array export',
  nmap_xml: 'Nmap XML (-oX)',
  masscan_json: 'Masscan JSON (-oJ) or NDJSON (-oD)',
  masscan_list: 'Masscan list output (-oL)',
  nessus_xml: 'NessusXML v2 (.nessus)',
} as const satisfies Record<FileFormat, string>;

/** Every supported format id, in detection order. */
export const SUPPORTED_FORMATS = Object.keys(FORMAT_LABELS) as FileFormat[];

/** Rank per normalized severity, most severe first. */
export const SEVERITY_RANK = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
} as const satisfies Record<Severity, number>;

/** The normalized severities, most severe first. */
export const SEVERITY_LEVELS = Object.keys(SEVERITY_RANK) as Severity[];

export function isSeverity(value: string): value is Severity {
  return Object.prototype.hasOwnProperty.call(SEVERITY_RANK, value);
}

export function isFileFormat(value: string): value is FileFormat {
  return Object.prototype.hasOwnProperty.call(FORMAT_LABELS, value);
}

/** "sarif (SARIF 2.1.0 (JSON)), …" for error messages. */
export function describeSupportedFormats(): string {
  return SUPPORTED_FORMATS.map((f) => `${f} (${FORMAT_LABELS[f]})`).join(', ');
}
