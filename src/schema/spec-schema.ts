// The `spec` schema of one connector type: its auth and config blocks plus the blocks its archetype allows.
import { ARCHETYPE_BLOCKS, type CatalogEntry } from '../catalog/types.js';
import { blockSchema, isBlockRequired } from './block-schema.js';
import type { JsonSchema } from './field-schema.js';

const ARCHETYPE_BLOCK_SCHEMAS: Record<string, JsonSchema> = {
  import_severity_threshold: {
    $ref: '#/$defs/severity',
    description: 'Findings below this severity are not imported.',
  },
  ticketing: { $ref: '#/$defs/ticketing' },
  ci: { $ref: '#/$defs/ci' },
};

export function specDefName(type: string): string {
  return `spec_${type}`;
}

export function specSchema(entry: CatalogEntry): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    type: { const: entry.type, description: `${entry.displayName} (${entry.archetype}).` },
    enabled: { type: 'boolean', default: true, description: 'Disabled integrations are kept but not used.' },
  };
  const required = ['type'];
  if (entry.auth.length) {
    properties.auth = blockSchema(entry.auth, `Credentials and endpoint of ${entry.displayName}.`);
    if (isBlockRequired(entry.auth)) required.push('auth');
  }
  if (entry.config.length) {
    properties.config = blockSchema(entry.config, `Settings of ${entry.displayName}.`);
    if (isBlockRequired(entry.config)) required.push('config');
  }
  if (entry.destinationField) properties.tls = { $ref: '#/$defs/tls' };
  for (const block of ARCHETYPE_BLOCKS[entry.archetype]) properties[block] = ARCHETYPE_BLOCK_SCHEMAS[block]!;
  return {
    type: 'object',
    title: `${entry.displayName} spec`,
    description: entry.description,
    properties,
    required,
    additionalProperties: false,
  };
}
