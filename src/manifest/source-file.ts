// Reads one manifest file defensively: size limit, binary detection, YAML parse with positions.
import { readFile, stat } from 'node:fs/promises';
import { isScalar, Lexer, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export interface SourceDocument {
  readonly file: string;
  /** 0-based index of the document in its file. */
  readonly index: number;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export interface LoadLimits {
  /** Largest manifest file read, in bytes. */
  readonly maxFileBytes: number;
  /** Aliases resolved per document before it counts as an alias bomb. */
  readonly maxAliasCount: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxFileBytes: 8 * 1024 * 1024, maxAliasCount: 100 };

export interface LoadedSource {
  readonly documents: SourceDocument[];
  readonly diagnostics: Diagnostic[];
  readonly text?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function loadSourceFile(file: string, limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadedSource> {
  const at = { file, line: 1, column: 1 };
  const info = await stat(file);
  // A FIFO, socket or device named like a manifest would block the read or never end: refuse it before opening.
  if (!info.isFile()) {
    return fail(at, 'not-a-file', 'is not a regular file (a named pipe, socket or device)', 'point secwire at manifest files or folders of them');
  }
  if (info.size > limits.maxFileBytes) {
    return fail(at, 'file-too-large', `file is ${mib(info.size)}, above the ${mib(limits.maxFileBytes)} limit for a manifest`,
      'split it into several files, or raise limits.max_file_bytes in secwire.config.yaml');
  }
  const bytes = await readFile(file);
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = utf8.decode(bytes);
  } catch {
    return fail(at, 'not-text', 'file is not UTF-8 text (binary data?)', 'manifests are YAML text files; remove this file or fix its encoding');
  }
  return parseSource(file, text);
}

/** Parses YAML text into documents; syntax errors become diagnostics at their position. */
export function parseSource(file: string, text: string): LoadedSource {
  const lineCounter = new LineCounter();
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < tooDeep; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { documents: [], diagnostics: [yamlDiagnostic(file, lineCounter, tooDeep, 'RESOURCE_EXHAUSTION', `collections nest more than ${MAX_FLOW_DEPTH} levels deep`)], text };
  }
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  docs.forEach((doc, index) => {
    if (doc.errors.length) {
      // A stack overflow is reported once per collection it unwinds through; the first says it all.
      const errors = doc.errors.filter((err, i) => err.code !== 'RESOURCE_EXHAUSTION' || doc.errors.findIndex((e) => e.code === err.code) === i);
      for (const err of errors) diagnostics.push(yamlDiagnostic(file, lineCounter, err.pos[0], err.code, err.message));
      return;
    }
    if (isEmptyDocument(doc)) return; // an empty document between `---` separators, or after the last one
    documents.push({ file, index, doc, lineCounter });
  });
  return { documents, diagnostics, text };
}

/** yaml parses an empty document as a null scalar spanning no text; an explicit `null` or `~` spans some. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return contents === null || (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1]);
}

/**
 * yaml cannot compose collections nested much deeper than 800 levels (it reports RESOURCE_EXHAUSTION), but its
 * parser takes tens of seconds to get there on a few megabytes of brackets. Flow nesting is found first, cheaply:
 * bracket characters are counted as they come (quotes and comments included, so this can only err high); when
 * that count never nests past the limit the text is left to yaml, otherwise yaml's lexer (no composition) gives
 * the exact depth, so a valid file is never refused. Returns the offset of the first bracket past the limit.
 */
const MAX_FLOW_DEPTH = 1000;

function flowDepthExceeded(text: string): number | undefined {
  let rough = 0;
  let roughMax = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++rough > roughMax) roughMax = rough;
    } else if ((c === 0x5d || c === 0x7d) && rough > 0) {
      rough--;
    }
  }
  if (roughMax <= MAX_FLOW_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_FLOW_DEPTH) return offset;
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    } else if (token === '\x02') {
      depth = 0; // a new document
    }
    // Control tokens (document start, scalar start, flow end) are not in the text.
    if (token !== '\x02' && token !== '\x18' && token !== '\x1f') offset += token.length;
  }
  return undefined;
}

function yamlDiagnostic(file: string, lc: LineCounter, offset: number, code: string, raw: string): Diagnostic {
  const { line, col } = lc.linePos(offset);
  const first = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // yaml reports a stack overflow in its composer with the engine's words; say what it means.
  const message = code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(first) ? 'the document nests too deeply to read' : first;
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'remove or rename one of the keys: YAML would silently keep only the last one',
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    RESOURCE_EXHAUSTION: 'the document nests too deeply; flatten it',
  };
  return {
    severity: 'error',
    code: `yaml-${code.toLowerCase().replace(/_/g, '-')}`,
    message: `invalid YAML: ${message}`,
    hint: hints[code] ?? 'fix the YAML syntax at this position',
    position: { file, line, column: col },
  };
}

function fail(position: Diagnostic['position'], code: string, message: string, hint: string): LoadedSource {
  return { documents: [], diagnostics: [{ severity: 'error', code, message, hint, position }] };
}

function mib(bytes: number): string {
  // Limits can be as low as 1 KiB (limits.max_file_bytes); "0.0 MiB" would say nothing.
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
