// Entry point: decode, bound, detect and dispatch a findings file; collect unique findings and problems.
import type { FileFormat } from '../catalog/types.js';
import { DETECT_HEAD_CHARS, detectFormat } from './detect-format.js';
import { FindingsInputError } from './errors.js';
import { isFileFormat } from './formats.js';
import type { Finding } from './finding.generated.js';
import { parseMasscanJson } from './masscan-json-parser.js';
import { parseMasscanList } from './masscan-list-parser.js';
import { parseNessus } from './nessus-parser.js';
import { parseNmap } from './nmap-parser.js';
import { parseNuclei } from './nuclei-parser.js';
import type { FormatParser, ParseContext, ParseOptions, ParseProblem, ParseResult } from './parse-types.js';
import { parseSarif } from './sarif-parser.js';

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 200;
/** Problems listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 1000;

const PARSERS = {
  sarif: parseSarif,
  nuclei_jsonl: parseNuclei,
  nmap_xml: parseNmap,
  masscan_json: parseMasscanJson,
  masscan_list: parseMasscanList,
  nessus_xml: parseNessus,
} satisfies Record<FileFormat, FormatParser>;

/** The input's size in bytes when it is over the limit, else undefined. */
function exceeds(content: string | Buffer, maxBytes: number): number | undefined {
  if (typeof content !== 'string') return content.length > maxBytes ? content.length : undefined;
  // UTF-8 needs at most 3 bytes per UTF-16 unit: count exactly only when the limit is within reach.
  if (content.length * 3 <= maxBytes) return undefined;
  const bytes = Buffer.byteLength(content, 'utf8');
  return bytes > maxBytes ? bytes : undefined;
}

/** Text of the input: UTF-8, or UTF-16 when a byte-order mark says so (PowerShell redirects write UTF-16LE). */
function decode(content: string | Buffer): string {
  let text: string;
  if (typeof content === 'string') text = content;
  else if (content[0] === 0xff && content[1] === 0xfe) text = new TextDecoder('utf-16le').decode(content);
  else if (content[0] === 0xfe && content[1] === 0xff) text = new TextDecoder('utf-16be').decode(content);
  else text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function byLine(a: ParseProblem, b: ParseProblem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Parses one findings file. Throws only FindingsInputError (unknown format); every other defect of the
 * input is reported in `problems` — a problem with `fatal: true` means the file could not be read as a whole.
 */
export function parseFindings(content: string | Buffer, opts: ParseOptions): ParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const problems: ParseProblem[] = [];

  const tooLarge = exceeds(content, maxBytes);
  if (tooLarge !== undefined) {
    const head = decode(typeof content === 'string' ? content.slice(0, DETECT_HEAD_CHARS) : content.subarray(0, DETECT_HEAD_CHARS));
    problems.push({
      message: `file is ${tooLarge} bytes, over the ${maxBytes}-byte limit; not read (raise the limit to read it)`,
      fatal: true,
    });
    return { format: opts.format ?? detectFormat(head, opts.fileName), findings: [], problems };
  }

  const text = decode(content);
  if (!/\S/.test(text)) {
    return { format: opts.format ?? detectFormat('', opts.fileName), findings: [], problems };
  }
  const format = opts.format ?? detectFormat(text.slice(0, DETECT_HEAD_CHARS), opts.fileName);
  if (format === undefined || !isFileFormat(format)) {
    if (/^\s*\[\s*\]\s*$/.test(text)) return { format: detectFormat('', opts.fileName), findings: [], problems };
    throw new FindingsInputError(opts.fileName);
  }

  const findings: Finding[] = [];
  // One hash operation per finding: Set.add, then compare sizes. The map for existing() is built only when asked.
  const seen = new Set<string>();
  let byFingerprint: Map<string, Finding> | undefined;
  const ctx: ParseContext = {
    format,
    severityFor: opts.severityFor,
    maxDepth,
    add(finding) {
      const size = seen.size;
      seen.add(finding.fingerprint);
      if (seen.size === size) return false;
      findings.push(finding);
      byFingerprint?.set(finding.fingerprint, finding);
      return true;
    },
    existing(fingerprint) {
      if (byFingerprint === undefined) byFingerprint = new Map(findings.map((f) => [f.fingerprint, f]));
      return byFingerprint.get(fingerprint);
    },
    problem(message, line, fatal) {
      if (problems.length >= MAX_PROBLEMS && !fatal) {
        suppressed++;
        return;
      }
      const p: ParseProblem = { message };
      if (line !== undefined) p.line = line;
      if (fatal) p.fatal = true;
      problems.push(p);
    },
  };
  let suppressed = 0;
  PARSERS[format](text, ctx);
  problems.sort(byLine);
  if (suppressed > 0) problems.push({ message: `${suppressed} more problems not listed` });
  return { format, findings, problems };
}
