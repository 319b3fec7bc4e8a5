// Builds the published JSON Schemas: one for any manifest document, one per connector type for editors.
import type { CatalogEntry } from '../catalog/types.js';
import { commonDefs } from './common-defs.js';
import type { JsonSchema } from './field-schema.js';
import { specDefName, specSchema } from './spec-schema.js';

export const SCHEMA_BASE_URL = 'https://secwire.dev/schemas';
export const API_VERSION = 'secwire/v1';
export const KINDS = ['Integration'] as const;

function documentSchema(id: string, title: string, spec: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    type: 'object',
    properties: {
      apiVersion: { const: API_VERSION, description: 'Manifest format version.' },
      kind: { enum: [...KINDS], description: 'Kind of resource.' },
      metadata: { $ref: '#/$defs/metadata' },
      spec,
    },
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    $defs: defs,
  };
}

/** Any manifest document: `spec` must match the schema of its own `spec.type`. */
export function manifestSchema(entries: readonly CatalogEntry[]): JsonSchema {
  const defs: Record<string, JsonSchema> = { ...commonDefs };
  for (const entry of entries) defs[specDefName(entry.type)] = specSchema(entry);
  const spec: JsonSchema = {
    type: 'object',
    properties: { type: { enum: entries.map((e) => e.type), description: 'A connector type from `secwire catalog`.' } },
    required: ['type'],
    allOf: entries.map((entry) => ({
      if: { type: 'object', properties: { type: { const: entry.type } }, required: ['type'] },
      then: { $ref: `#/$defs/${specDefName(entry.type)}` },
    })),
  };
  return documentSchema(`${SCHEMA_BASE_URL}/manifest.schema.json`, 'secwire manifest document', spec, defs);
}

/** A document of one connector type, self-contained so an editor can use it alone. */
export function connectorSchema(entry: CatalogEntry): JsonSchema {
  const defs: Record<string, JsonSchema> = { ...commonDefs, [specDefName(entry.type)]: specSchema(entry) };
  return documentSchema(
    `${SCHEMA_BASE_URL}/connectors/${entry.type}.schema.json`,
    `secwire ${entry.displayName} integration`,
    { $ref: `#/$defs/${specDefName(entry.type)}` },
    defs,
  );
}
