// The desired state: manifest documents normalized into records-to-be (defaults applied, secrets split out).
import { createHash } from 'node:crypto';
import { findConnector } from '../catalog/registry.js';
import { destinationUrl, secretFieldPaths } from '../catalog/destination.js';
import type { CatalogEntry, FieldDescriptor } from '../catalog/types.js';
import type { IntegrationDocument } from '../manifest/generated/manifest-types.js';
import type { ManifestIntegration } from '../manifest/semantic-checks.js';
import { sealedDigest } from '../secrets/sealed-digest.js';

export const PROTECT_ANNOTATION = 'secwire/protect';

/** A secret as the manifest declares it: a sealed value (with its digest) or an environment variable. */
export type DesiredSecret =
  | { readonly source: 'sealed'; readonly sealed: string; readonly digest: string }
  | { readonly source: 'env'; readonly env: string; readonly digest: string };

export interface DesiredRecord {
  readonly name: string;
  readonly type: string;
  readonly archetype: string;
  /** Non-secret spec with catalog defaults filled in, so an explicit default is not a change. */
  readonly spec: Record<string, unknown>;
  readonly metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  readonly secrets: Record<string, DesiredSecret>;
  readonly protect: boolean;
  readonly sourceFile: string;
  /** Where credentials of this integration may be sent (for unsealing), or null. */
  readonly destination: string | null;
}

// A parsed document is never mutated; watch mode keeps unchanged files' documents, so their records are kept too.
const cache = new WeakMap<IntegrationDocument, DesiredRecord>();

export function desiredRecords(integrations: readonly ManifestIntegration[]): DesiredRecord[] {
  return integrations
    .map((item) => {
      let record = cache.get(item.document);
      if (!record || record.sourceFile !== item.source.file) {
        record = toDesired(item.document, item.source.file);
        cache.set(item.document, record);
      }
      return record;
    }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function toDesired(document: IntegrationDocument, sourceFile: string): DesiredRecord {
  const { spec, metadata } = document;
  const entry = findConnector(spec.type)?.entry;
  if (!entry) throw new Error(`unknown type ${spec.type} reached the planner; validate first`);
  const secretPaths = new Set(secretFieldPaths(entry));
  const secrets: Record<string, DesiredSecret> = {};
  const normalized: Record<string, unknown> = { enabled: spec.enabled ?? true };
  for (const block of ['auth', 'config'] as const) {
    const fields = entry[block];
    if (!fields.length) continue;
    const values: Record<string, unknown> = {};
    for (const field of fields) {
      const path = `${block}.${field.name}`;
      const value = spec[block]?.[field.name];
      if (secretPaths.has(path)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) secrets[path] = secretOf(value as unknown as Record<string, string>);
        continue;
      }
      const resolved = value ?? defaultOf(field);
      if (resolved !== undefined) values[field.name] = resolved;
    }
    normalized[block] = values;
  }
  Object.assign(normalized, archetypeBlocks(entry, document));
  if (spec.tls) normalized.tls = { ...spec.tls };
  const annotations = { ...(metadata.annotations ?? {}) };
  return {
    name: metadata.name,
    type: entry.type,
    archetype: entry.archetype,
    spec: normalized,
    metadata: { labels: { ...(metadata.labels ?? {}) }, annotations },
    secrets,
    protect: annotations[PROTECT_ANNOTATION] === 'true',
    sourceFile,
    destination: destinationUrl(entry, spec),
  };
}

function secretOf(value: Record<string, string>): DesiredSecret {
  if (typeof value.sealed === 'string') return { source: 'sealed', sealed: value.sealed, digest: sealedDigest(value.sealed) };
  const env = String(value.env);
  return { source: 'env', env, digest: createHash('sha256').update(`env:${env}`).digest('hex') };
}

function defaultOf(field: FieldDescriptor): unknown {
  return Array.isArray(field.default) ? [...field.default] : field.default;
}

function archetypeBlocks(entry: CatalogEntry, document: IntegrationDocument): Record<string, unknown> {
  const { spec } = document;
  switch (entry.archetype) {
    case 'scanner':
    case 'pull_only':
      return spec.import_severity_threshold ? { import_severity_threshold: spec.import_severity_threshold } : {};
    case 'itsm':
      return { ticketing: { auto_close_on_resolve: false, mappings: {}, defaults: {}, ...spec.ticketing } };
    case 'asset_source':
      return spec.ci ? { ci: { pr_comment: false, ...spec.ci } } : {};
  }
}
