// Checks the schema cannot express: unique names, references between integrations, gate lists, globs, URLs, capabilities.
import picomatch from 'picomatch';
import { findConnector } from '../catalog/registry.js';
import type { Diagnostic } from './diagnostics.js';
import type { IntegrationDocument } from './generated/manifest-types.js';
import { dottedPath, locate, type DocPath } from './locate.js';
import type { SourceDocument } from './source-file.js';
import { suggest } from './suggest.js';

/** A schema-valid integration document and where it came from. */
export interface ManifestIntegration {
  readonly source: SourceDocument;
  readonly document: IntegrationDocument;
}

const SCANNABLE_CATEGORIES = new Set(['sast', 'sca']);

/** A document with a name, valid or not: names count for uniqueness and references even when the schema failed. */
export interface NamedDocument {
  readonly source: SourceDocument;
  readonly name: string;
}

/** Every semantic check: per-integration ones and the ones across documents. */
export function checkIntegrationSet(integrations: readonly ManifestIntegration[]): Diagnostic[] {
  return [...integrations.flatMap(checkIntegrationLocal), ...checkReferences(integrations)];
}

/**
 * Checks across documents: unique names and auto_scan references. `named` is every named document in load order,
 * schema-invalid ones included, so a broken document neither hides a duplicate name nor turns a reference to it
 * into "unknown" (its own errors are reported already). Cheap: watch mode reruns it on every save.
 */
export function checkReferences(integrations: readonly ManifestIntegration[], named: readonly NamedDocument[] = integrations.map(namedOf)): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstByName = new Map<string, NamedDocument>();
  for (const item of named) {
    const first = firstByName.get(item.name);
    if (first) {
      const at = locate(first.source, ['metadata', 'name']);
      out.push(diagAt(item.source, item.name, ['metadata', 'name'], 'duplicate-name', `integration name \`${item.name}\` is already used at ${at.file}:${at.line}:${at.column}`,
        'names are the identity of an integration: rename one of them'));
    } else {
      firstByName.set(item.name, item);
    }
  }
  // A name refers to its first document; when that one failed the schema, references to it are not checked further.
  const valid = new Map<string, ManifestIntegration>();
  for (const item of integrations) if (firstByName.get(item.document.metadata.name)?.source === item.source) valid.set(item.document.metadata.name, item);
  for (const item of integrations) out.push(...checkAutoScan(item, valid, new Set(firstByName.keys())));
  return out;
}

export function namedOf(item: ManifestIntegration): NamedDocument {
  return { source: item.source, name: item.document.metadata.name };
}

/** Checks that need only the document itself: URLs, branch globs, gate lists, capabilities. Cached per file. */
export function checkIntegrationLocal(item: ManifestIntegration): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { spec } = item.document;
  const entry = findConnector(spec.type)?.entry;
  if (!entry) return out;
  for (const block of ['auth', 'config'] as const) {
    for (const field of entry[block]) {
      const value = spec[block]?.[field.name];
      if (field.kind === 'url' && typeof value === 'string') out.push(...checkUrl(item, ['spec', block, field.name], value));
    }
  }
  const ci = spec.ci;
  if (!ci) return out;
  ci.branches?.forEach((glob, i) => {
    const problem = branchGlobProblem(glob);
    if (problem) out.push(diag(item, ['spec', 'ci', 'branches', i], 'invalid-branch-glob', `branch pattern \`${glob}\` ${problem}`, 'use a git branch name or a glob such as release/*'));
  });
  const block = new Set(ci.gate?.block ?? []);
  ci.gate?.warn?.forEach((severity, i) => {
    if (block.has(severity)) {
      out.push(diag(item, ['spec', 'ci', 'gate', 'warn', i], 'gate-overlap', `\`${severity}\` is in both gate.block and gate.warn`, 'a severity either blocks or warns: remove it from one list'));
    }
  });
  if (ci.pr_comment && !entry.capabilities.includes('pr_comment')) {
    out.push(diag(item, ['spec', 'ci', 'pr_comment'], 'capability-missing', `\`${entry.type}\` cannot comment on pull requests`,
      'set pr_comment: false; the gate still reports through its exit code'));
  }
  return out;
}

function checkAutoScan(item: ManifestIntegration, byName: ReadonlyMap<string, ManifestIntegration>, declared: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ci = item.document.spec.ci;
  ci?.auto_scan?.forEach((target, i) => {
    const at: DocPath = ['spec', 'ci', 'auto_scan', i];
    const found = byName.get(target);
    if (!found) {
      // Declared but schema-invalid: that document's own errors say what is wrong.
      if (declared.has(target)) return;
      const guess = suggest(target, declared);
      out.push(diag(item, at, 'unknown-reference', `auto_scan names \`${target}\`, which is not an integration in these manifests${guess ? `; did you mean \`${guess}\`?` : ''}`,
        'name a sast or sca integration declared in the manifests'));
      return;
    }
    const category = findConnector(found.document.spec.type)?.entry.category;
    if (category && !SCANNABLE_CATEGORIES.has(category)) {
      out.push(diag(item, at, 'wrong-reference', `auto_scan names \`${target}\`, ${/^[aeiou]/.test(category) ? 'an' : 'a'} ${category} integration; auto_scan takes sast or sca integrations`,
        'remove it from auto_scan'));
    }
  });
  return out;
}

function checkUrl(item: ManifestIntegration, at: DocPath, value: string): Diagnostic[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [diag(item, at, 'invalid-url', `\`${dottedPath(at)}\` is not a valid URL`, 'write it as https://host[:port][/path]')];
  }
  if (url.username || url.password) {
    return [diag(item, at, 'credentials-in-url', `\`${dottedPath(at)}\` carries credentials in the URL`,
      'remove them from the URL and put them in the sealed auth fields')];
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return [{ ...diag(item, at, 'insecure-url', `\`${dottedPath(at)}\` uses plain http: credentials would cross the network unencrypted`, 'use https'), severity: 'warning' }];
  }
  return [];
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** Git ref rules (git check-ref-format) that a glob must still respect, then picomatch's own parse. */
export function branchGlobProblem(glob: string): string | undefined {
  if (/[\s~^:\\\x00-\x1f\x7f]/.test(glob)) return 'contains a character git does not allow in branch names';
  if (glob.includes('..') || glob.includes('//') || glob.startsWith('/') || glob.endsWith('/') || glob.endsWith('.lock')) {
    return 'is not a valid git branch name';
  }
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch {
    return 'is not a valid glob';
  }
  return undefined;
}

function diag(item: ManifestIntegration, at: DocPath, code: string, message: string, hint: string): Diagnostic {
  return diagAt(item.source, item.document.metadata.name, at, code, message, hint);
}

function diagAt(source: SourceDocument, document: string, at: DocPath, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, message, hint, position: locate(source, at), document, path: dottedPath(at) };
}
