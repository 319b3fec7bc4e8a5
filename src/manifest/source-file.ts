// Reads one manifest file defensively: size limit, binary detection, YAML parse with positions.
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
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
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  docs.forEach((doc, index) => {
    if (doc.errors.length) {
      for (const err of doc.errors) diagnostics.push(yamlDiagnostic(file, lineCounter, err.pos[0], err.code, err.message));
      return;
    }
    if (doc.contents === null) return; // an empty document between `---` separators
    documents.push({ file, index, doc, lineCounter });
  });
  return { documents, diagnostics, text };
}

function yamlDiagnostic(file: string, lc: LineCounter, offset: number, code: string, raw: string): Diagnostic {
  const { line, col } = lc.linePos(offset);
  const message = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
