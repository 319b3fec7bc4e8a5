// Public API of the findings layer: parse scanner files into normalized, fingerprinted findings.
export { parseFindings, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, MAX_PROBLEMS } from './parse-findings.js';
export { detectFormat } from './detect-format.js';
export { FindingsInputError } from './errors.js';
export { summarizeBySeverity } from './summarize.js';
export { findingSchema, FINDING_SCHEMA_ID } from './finding-schema.js';
export { SUPPORTED_FORMATS, FORMAT_LABELS, SEVERITY_LEVELS } from './formats.js';
export type { Finding, FindingAsset, FindingLocation } from './finding.generated.js';
export type { ParseOptions, ParseProblem, ParseResult, SeverityFor } from './parse-types.js';
