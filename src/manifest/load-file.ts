// Loads one manifest file into schema-checked integration documents plus its diagnostics.
import { visit } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import type { IntegrationDocument } from './generated/manifest-types.js';
import { translateSchemaErrors } from './schema-errors.js';
import { schemaErrors } from './schema-validator.js';
import { checkSealedValues, type SealedCheckOptions } from './sealed-checks.js';
import { checkIntegrationLocal, type ManifestIntegration, type NamedDocument } from './semantic-checks.js';
import { DEFAULT_LIMITS, loadSourceFile, parseSource, type LoadLimits, type LoadedSource, type SourceDocument } from './source-file.js';

export interface FileResult {
  readonly file: string;
  readonly integrations: ManifestIntegration[];
  readonly diagnostics: Diagnostic[];
  /** Every document with a name, schema-valid or not, in order: for the checks across files. */
  readonly named?: NamedDocument[];
}

/**
 * A file's own diagnostics: YAML, schema, and every check that needs only its documents (URLs, globs, sealed
 * headers). Checks across files run in combineFiles, so a cached FileResult stays valid until its file changes.
 */
export async function loadManifestFile(file: string, limits: LoadLimits = DEFAULT_LIMITS, sealed: SealedCheckOptions = {}): Promise<FileResult> {
  let loaded: LoadedSource;
  try {
    loaded = await loadSourceFile(file, limits);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { file, integrations: [], diagnostics: [{ severity: 'error', code: 'read-failed', message: `cannot read file (${reason})`, hint: 'check that the file exists and is readable', position: { file, line: 1, column: 1 } }] };
  }
  return checkSource(file, loaded, limits, sealed);
}

/** Same as loadManifestFile, for text already in memory (tests, `--against-ref`). */
export function loadManifestText(file: string, text: string, limits: LoadLimits = DEFAULT_LIMITS, sealed: SealedCheckOptions = {}): FileResult {
  return checkSource(file, parseSource(file, text), limits, sealed);
}

function checkSource(file: string, loaded: LoadedSource, limits: LoadLimits, sealed: SealedCheckOptions): FileResult {
  const integrations: ManifestIntegration[] = [];
  const named: NamedDocument[] = [];
  const diagnostics = [...loaded.diagnostics];
  for (const source of loaded.documents) {
    const value = toValue(source, limits, diagnostics);
    if (value === undefined) continue;
    const name = nameOf(value);
    if (name !== undefined) named.push({ source, name });
    const errors = schemaErrors(value);
    if (errors.length) {
      diagnostics.push(...translateSchemaErrors(errors, { source, value, name }));
    } else {
      integrations.push({ source, document: value as IntegrationDocument });
    }
  }
  diagnostics.push(...integrations.flatMap(checkIntegrationLocal), ...checkSealedValues(integrations, sealed));
  return { file, integrations, diagnostics, named };
}

function toValue(source: SourceDocument, limits: LoadLimits, diagnostics: Diagnostic[]): unknown {
  const start = source.doc.contents?.range ? source.lineCounter.linePos(source.doc.contents.range[0]) : { line: 1, col: 1 };
  const position = { file: source.file, line: start.line, column: start.col };
  try {
    const value = source.doc.toJS({ maxAliasCount: limits.maxAliasCount });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const at = source.doc.contents?.range ? source.lineCounter.linePos(source.doc.contents.range[0]) : { line: 1, col: 1 };
      diagnostics.push({ severity: 'error', code: 'not-a-document', message: 'a manifest document must be a map with apiVersion, kind, metadata and spec',
        hint: 'see examples/ for the format', position: { file: source.file, line: at.line, column: at.col } });
      return undefined;
    }
    return value;
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError && /excessive alias count/i.test(error.message);
    if (error instanceof ReferenceError && /^Unresolved alias/.test(error.message)) {
      diagnostics.push({ severity: 'error', code: 'yaml-unresolved-alias', message: `invalid YAML: ${error.message.replace(/: ([^:]+)$/, ': *$1')}`,
        hint: 'define the anchor (&name) before the alias (*name) in the same document', position: aliasPosition(source, error.message) });
      return undefined;
    }
    diagnostics.push({
      severity: 'error',
      code: aliasBomb ? 'yaml-alias-limit' : 'yaml-invalid',
      message: aliasBomb ? `document ${source.index + 1} expands too many YAML aliases (more than ${limits.maxAliasCount})` : `document ${source.index + 1} cannot be read: ${(error as Error).message}`,
      hint: aliasBomb ? 'this looks like an alias bomb; write the values out instead of nesting aliases' : 'fix the YAML',
      position,
    });
    return undefined;
  }
}

function nameOf(value: unknown): string | undefined {
  const name = (value as { metadata?: { name?: unknown } }).metadata?.name;
  return typeof name === 'string' ? name : undefined;
}

/** Where the alias named at the end of yaml's "Unresolved alias …: NAME" message is used. */
function aliasPosition(source: SourceDocument, message: string): Diagnostic['position'] {
  const name = message.slice(message.lastIndexOf(': ') + 2);
  let offset: number | undefined;
  visit(source.doc, {
    Alias(_key, node) {
      if (node.source !== name || !node.range) return undefined;
      offset = node.range[0];
      return visit.BREAK;
    },
  });
  const at = offset === undefined ? { line: 1, col: 1 } : source.lineCounter.linePos(offset);
  return { file: source.file, line: at.line, column: at.col };
}
