// A vendor-neutral view of the manifest schema, from which the core's TypeScript types are generated.
import { FIELD_KINDS } from '../catalog/types.js';
import { commonDefs } from './common-defs.js';
import { API_VERSION, KINDS } from './manifest-schema.js';
import type { JsonSchema } from './field-schema.js';

const fieldValue: JsonSchema = {
  title: 'FieldValue',
  description: `A value of an auth or config field (kinds: ${FIELD_KINDS.join(', ')}).`,
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
    { $ref: '#/$defs/secret_ref' },
  ],
};

/** Same envelope and archetype blocks as the published schema, with auth/config as open maps. */
export function typesSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'IntegrationDocument',
    type: 'object',
    properties: {
      apiVersion: { const: API_VERSION },
      kind: { enum: [...KINDS] },
      metadata: { $ref: '#/$defs/metadata' },
      spec: { $ref: '#/$defs/integration_spec' },
    },
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    $defs: {
      ...commonDefs,
      field_value: fieldValue,
      field_block: { type: 'object', title: 'FieldBlock', additionalProperties: { $ref: '#/$defs/field_value' } },
      integration_spec: {
        title: 'IntegrationSpec',
        type: 'object',
        properties: {
          type: { type: 'string', description: 'A connector type from the catalog.' },
          enabled: { type: 'boolean' },
          auth: { $ref: '#/$defs/field_block' },
          config: { $ref: '#/$defs/field_block' },
          import_severity_threshold: { $ref: '#/$defs/severity' },
          ticketing: { $ref: '#/$defs/ticketing' },
          ci: { $ref: '#/$defs/ci' },
          tls: { $ref: '#/$defs/tls' },
        },
        required: ['type'],
        additionalProperties: false,
      },
    },
  };
}
