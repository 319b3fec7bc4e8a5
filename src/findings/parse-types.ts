// Shared types of the findings parsers: options, result, problems and the per-parse context.
import type { FileFormat, Severity } from '../catalog/types.js';
import type { Finding } from './finding.generated.js';

/** Maps a tool's native severity (lower-cased) to the normalized scale; injected from the connector catalog. */
export type SeverityFor = (format: FileFormat, native: string) => Severity | undefined;

export interface ParseProblem {
  /** 1-based line in the input, when known. */
  line?: number;
  message: string;
  /**
   * True when the file as a whole could not be read (too large, not parseable, entity declarations):
   * no findings came from it. Other problems mean single lines, records or hosts were skipped.
   */
  fatal?: boolean;
}

export interface ParseOptions {
  fileName?: string;
  severityFor: SeverityFor;
  /** Skip detection and parse as this format. */
  format?: FileFormat;
  /** Largest input accepted, in bytes (default 256 MiB). */
  maxBytes?: number;
  /** Deepest element nesting accepted in XML (default 200). */
  maxDepth?: number;
}

export interface ParseResult {
  /** Detected (or given) format; undefined only for an empty input whose name hints at no format. */
  format: FileFormat | undefined;
  /** Unique by fingerprint, in file order (the first of duplicates is kept). */
  findings: Finding[];
  problems: ParseProblem[];
}

/** What a format parser gets: the format id, severity resolution, and sinks for findings and problems. */
export interface ParseContext {
  readonly format: FileFormat;
  readonly severityFor: SeverityFor;
  readonly maxDepth: number;
  /** Keeps the finding unless one with the same fingerprint was added before; true when kept. */
  add(finding: Finding): boolean;
  /** The finding already kept under a fingerprint, if any. */
  existing(fingerprint: string): Finding | undefined;
  problem(message: string, line?: number, fatal?: boolean): void;
}

export type FormatParser = (text: string, ctx: ParseContext) => void;
