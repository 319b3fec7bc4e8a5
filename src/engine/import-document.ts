// Turns a hub record back into a manifest document (`secwire import NAME`): catalog defaults left out, secrets as
// empty `{ sealed: "" }` placeholders, each with a comment saying how to seal it. Never reads a secret value.
import { Document, isMap, isScalar, isSeq, visit, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { findConnector } from '../catalog/registry.js';
import type { CatalogEntry, FieldDescriptor } from '../catalog/types.js';
import type { HubRecord } from '../state/types.js';
import { deepEqual } from './diff-values.js';

export interface ImportDocumentOptions {
  /** The file the seal commands should `--write` into; `FILE` when the document is printed. */
  readonly sealInto?: string;
  /** Where the record came from, for the header comment, e.g. "file:.secwire/hub.db". */
  readonly backend?: string;
}

export interface ImportedDocument {
  readonly doc: Document;
  /** Secret field paths (auth.api_token) left as empty placeholders, in catalog order. */
  readonly placeholders: string[];
}

type Spec = Record<string, unknown>;

/** Builds the manifest document for a record. Throws when the record's type is not in the catalog. */
export function importDocument(record: HubRecord, options: ImportDocumentOptions = {}): ImportedDocument {
  const entry = findConnector(record.type)?.entry;
  if (!entry) throw new Error(`type ${record.type} is not in this secwire's catalog`);
  const spec: Spec = { type: record.type };
  const source = record.spec;
  if (source.enabled === false) spec.enabled = false;
  const placeholders: string[] = [];
  for (const block of ['auth', 'config'] as const) {
    const values = blockValues(entry, block, source[block], record.secrets, placeholders);
    if (Object.keys(values).length) spec[block] = values;
  }
  Object.assign(spec, archetypeBlocks(source));
  for (const [key, value] of Object.entries(source)) {
    if (!(key in spec) && !KNOWN_SPEC_KEYS.has(key)) spec[key] = value; // kept as the hub has it; validate will say if it is wrong
  }
  const metadata: Record<string, unknown> = { name: record.name };
  if (Object.keys(record.metadata.labels).length) metadata.labels = { ...record.metadata.labels };
  if (Object.keys(record.metadata.annotations).length) metadata.annotations = { ...record.metadata.annotations };

  const doc = new Document({ apiVersion: 'secwire/v1', kind: 'Integration', metadata, spec });
  compactShortCollections(doc);
  const into = options.sealInto ?? 'FILE';
  for (const path of placeholders) {
    const [block, name] = path.split('.') as ['auth' | 'config', string];
    const placeholder = doc.createNode({ sealed: '' });
    placeholder.flow = true;
    (placeholder.items[0]!.value as Scalar).type = 'QUOTE_DOUBLE';
    doc.setIn(['spec', block, name], placeholder);
    const pair = (doc.getIn(['spec', block], true) as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === name) as Pair<Scalar>;
    const seal = `seal: secwire seal --integration ${record.name} --field ${path} --write ${into}`;
    pair.key.commentBefore = record.secrets[path]?.source === 'env' ? ` the hub read this from an environment variable: write { env: VARIABLE }, or\n ${seal}` : ` ${seal}`;
  }
  const seal = placeholders.length
    ? `Seal ${placeholders.length === 1 ? 'the empty secret' : `the ${placeholders.length} empty secrets`} below (pipe each value into the command above it)`
    : '';
  const next = record.managed
    ? `The record is already managed by secwire${record.source_file ? ` (declared in ${record.source_file})` : ''}.`
    : 'The next apply adopts the record: secwire manages it from then on.';
  doc.commentBefore = [
    ` Imported from the hub${options.backend ? ` (${options.backend})` : ''} by \`secwire import ${record.name}\`.`,
    seal ? ` ${seal}; then \`secwire plan\`.` : '',
    ` ${next}`,
  ].filter(Boolean).join('\n');
  return { doc, placeholders };
}

const KNOWN_SPEC_KEYS = new Set(['type', 'enabled', 'auth', 'config', 'import_severity_threshold', 'ticketing', 'ci']);

function blockValues(entry: CatalogEntry, block: 'auth' | 'config', stored: unknown, secrets: HubRecord['secrets'], placeholders: string[]): Record<string, unknown> {
  const values = isRecord(stored) ? stored : {};
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const field of entry[block]) {
    known.add(field.name);
    const path = `${block}.${field.name}`;
    if (field.kind === 'secret') {
      if (secrets[path]) {
        out[field.name] = null; // replaced by the placeholder node, here to keep the catalog's order
        placeholders.push(path);
      }
      continue;
    }
    const value = values[field.name];
    if (value === undefined || isDefault(field, value)) continue;
    out[field.name] = value;
  }
  for (const [name, value] of Object.entries(values)) if (!known.has(name)) out[name] = value;
  for (const path of Object.keys(secrets).sort()) {
    const [b, name] = path.split('.') as [string, string];
    if (b === block && !known.has(name)) {
      out[name] = null;
      placeholders.push(path);
    }
  }
  return out;
}

/** A field at its catalog default is left out, so the document says only what differs; required fields always stay. */
function isDefault(field: FieldDescriptor, value: unknown): boolean {
  return !field.required && field.default !== undefined && deepEqual(value, field.default);
}

/** The archetype blocks without the values the planner fills in by default (see desired.ts). */
function archetypeBlocks(source: Spec): Spec {
  const out: Spec = {};
  if (typeof source.import_severity_threshold === 'string') out.import_severity_threshold = source.import_severity_threshold;
  if (isRecord(source.ticketing)) {
    const ticketing = ordered(source.ticketing, ['auto_close_on_resolve', 'mappings', 'defaults']);
    if (ticketing.auto_close_on_resolve === false) delete ticketing.auto_close_on_resolve;
    if (isRecord(ticketing.mappings)) {
      const mappings = Object.fromEntries(Object.entries(ticketing.mappings).filter(([, v]) => !(isRecord(v) && !Object.keys(v).length)));
      if (Object.keys(mappings).length) ticketing.mappings = mappings;
      else delete ticketing.mappings;
    }
    if (isRecord(ticketing.defaults) && !Object.keys(ticketing.defaults).length) delete ticketing.defaults;
    if (Object.keys(ticketing).length) out.ticketing = ticketing;
  }
  if (isRecord(source.ci)) {
    // Kept even when empty: a declared `ci: {}` is a gate with defaults, and leaving it out would remove it.
    const ci = ordered(source.ci, ['branches', 'gate', 'auto_scan', 'pr_comment']);
    if (ci.pr_comment === false) delete ci.pr_comment;
    out.ci = ci;
  }
  return out;
}

/** Maps and lists of a few scalars are written inline (`{ critical: Highest, … }`, `[a, b]`), as the examples are. */
function compactShortCollections(doc: Document): void {
  visit(doc, {
    Map(_key, node) {
      if (node.items.length && node.items.length <= 5 && node.items.every((p) => isScalar(p.value) && String(p.value.value).length <= 40)) node.flow = true;
    },
    Seq(_key, node) {
      if (node.items.length && node.items.length <= 8 && node.items.every((item) => isScalar(item) && String(item.value).length <= 40)) node.flow = true;
    },
  });
  // The top-level sections stay in block style, whatever their size.
  for (const key of ['metadata', 'spec']) {
    const node = doc.get(key, true);
    if (isMap(node) || isSeq(node)) node.flow = false;
  }
  for (const key of ['auth', 'config']) {
    const node = doc.getIn(['spec', key], true);
    if (isMap(node)) node.flow = false;
  }
}

/** A copy with these keys first, in this order (as the schema lists them), then any others. */
function ordered(value: Spec, keys: readonly string[]): Spec {
  const out: Spec = {};
  for (const key of keys) if (key in value) out[key] = value[key];
  for (const [key, v] of Object.entries(value)) if (!(key in out)) out[key] = v;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
