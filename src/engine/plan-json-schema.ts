// JSON Schema (draft 2020-12) of the versioned JSON plan (`secwire plan --json`); published as schemas/plan.schema.json.
// It describes exactly what planToJson (render-json.ts) writes. docs/plan-json.md documents every field.
import { PLAN_FORMAT_VERSION } from './render-json.js';

export const PLAN_SCHEMA_ID = 'https://secwire.dev/schemas/plan.schema.json';

const POSTURES = ['tightening', 'loosening', 'neutral'];
const SENSITIVE = ['sensitive', 'sensitive value changed', 'sensitive value unknown'];
const nonEmpty = { type: 'string', minLength: 1 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const stringOrNull = (description: string, extra: Record<string, unknown> = {}) => ({
  description,
  anyOf: [{ type: 'string', minLength: 1, ...extra }, { type: 'null' }],
});

export const planJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: PLAN_SCHEMA_ID,
  title: 'secwire plan',
  description:
    `The JSON plan of \`secwire plan --json\` (and the \`plan\` member of a saved plan file), format ${PLAN_FORMAT_VERSION.split('.')[0]}.x. ` +
    'Minor versions only add fields; a new major version changes meaning. Secret values never appear: a sensitive field carries no before/after.',
  type: 'object',
  properties: {
    format_version: {
      description: 'Version of this format, MAJOR.MINOR. Check the major version; ignore fields you do not know.',
      type: 'string',
      pattern: '^1\\.[0-9]+$',
    },
    complete: {
      description: 'False when some input could not be compared (for example a secret whose change cannot be known without a key).',
      type: 'boolean',
    },
    applyable: {
      description: 'False when `secwire apply` would refuse this plan (protected deletes, mass delete without --allow-mass-delete).',
      type: 'boolean',
    },
    blockers: {
      description: 'Why the plan is not applyable, each a full sentence that says what to do. Empty when applyable.',
      type: 'array',
      items: nonEmpty,
    },
    summary: { $ref: '#/$defs/summary' },
    state: { $ref: '#/$defs/state' },
    manifests_hash: stringOrNull('sha256 (hex) of the normalized desired state; `apply PLANFILE` refuses a plan whose manifests changed since.', {
      pattern: '^[0-9a-f]{64}$',
    }),
    against_ref: {
      description: 'Present when the plan compares the manifests at this git ref with the working tree (`plan --against-ref`); `state` is then all null.',
      type: 'string',
      minLength: 1,
    },
    resource_changes: {
      description: 'One entry per integration in scope, sorted by name: creates, updates, deletes and no-ops.',
      type: 'array',
      items: { $ref: '#/$defs/resource_change' },
    },
    unmanaged: {
      description: 'Names of hub records secwire does not manage, sorted; never touched. Adopt one with `secwire import NAME`.',
      type: 'array',
      items: nonEmpty,
      uniqueItems: true,
    },
  },
  required: ['format_version', 'complete', 'applyable', 'blockers', 'summary', 'state', 'manifests_hash', 'resource_changes', 'unmanaged'],
  additionalProperties: false,
  $defs: {
    summary: {
      description: 'Counts over resource_changes (and the unmanaged list).',
      type: 'object',
      properties: {
        add: { ...count, description: 'Changes with action create.' },
        change: { ...count, description: 'Changes with action update.' },
        destroy: { ...count, description: 'Changes with action delete.' },
        unchanged: { ...count, description: 'Changes with action no-op.' },
        unmanaged: { ...count, description: 'Length of the unmanaged list.' },
        loosening: { ...count, description: 'Changes whose posture is loosening.' },
        tightening: { ...count, description: 'Changes whose posture is tightening.' },
      },
      required: ['add', 'change', 'destroy', 'unchanged', 'unmanaged', 'loosening', 'tightening'],
      additionalProperties: false,
    },
    state: {
      description: 'The hub state the plan was made against.',
      type: 'object',
      properties: {
        backend: stringOrNull('The backend as configured, e.g. file:.secwire/hub.db.'),
        lineage: stringOrNull('Random id fixed when the hub store was created; tells two hubs apart.'),
        serial: {
          description: 'Version of the hub configuration the plan was made against; any write bumps it.',
          anyOf: [count, { type: 'null' }],
        },
      },
      required: ['backend', 'lineage', 'serial'],
      additionalProperties: false,
    },
    resource_change: {
      description: 'What happens to one integration.',
      type: 'object',
      properties: {
        name: { ...nonEmpty, description: 'metadata.name: the identity of the integration.' },
        type: { ...nonEmpty, description: 'Connector type (spec.type); for deletes, the type the hub holds.' },
        action: { description: 'What apply does.', enum: ['create', 'update', 'delete', 'no-op'] },
        reason: { ...nonEmpty, description: 'One sentence: why this action.' },
        posture: { description: 'How the change moves security posture: loosening if any field loosens, else tightening if any tightens.', enum: POSTURES },
        drift: { description: 'True when the hub record was changed outside secwire since it was last applied.', type: 'boolean' },
        blocked: { ...nonEmpty, description: 'Present when apply refuses this change (a protected delete), with what to do.' },
        source_file: { ...nonEmpty, description: 'Manifest file declaring the integration (absent for deletes).' },
        fields: {
          description: 'Field-level differences, sorted by path within values and secrets. Empty for delete and no-op.',
          type: 'array',
          items: { $ref: '#/$defs/field_change' },
        },
      },
      required: ['name', 'type', 'action', 'reason', 'posture', 'drift', 'fields'],
      additionalProperties: false,
    },
    field_change: {
      description: 'One field that differs: a plain value (before/after), or a secret (sensitive, never a value).',
      oneOf: [{ $ref: '#/$defs/value_field' }, { $ref: '#/$defs/sensitive_field' }],
    },
    value_field: {
      description: 'A non-secret field. Absent before: the field is added; absent after: removed; both: changed.',
      type: 'object',
      properties: {
        path: {
          description: 'Dotted path in the record: type, spec.…, metadata.labels.…; never under secrets.',
          type: 'string',
          minLength: 1,
          not: { type: 'string', pattern: '^secrets\\.' },
        },
        before: { description: 'The hub\'s value (any JSON value).' },
        after: { description: 'The manifests\' value (any JSON value).' },
        posture: { description: 'How this field moves security posture.', enum: POSTURES },
        posture_reason: { ...nonEmpty, description: 'Why, in a few words; present when posture is not neutral.' },
      },
      required: ['path', 'posture'],
      anyOf: [
        { type: 'object', properties: { before: true }, required: ['before'] },
        { type: 'object', properties: { after: true }, required: ['after'] },
      ],
      additionalProperties: false,
    },
    sensitive_field: {
      description: 'A secret field. It never carries before or after: only what is known about the change.',
      type: 'object',
      properties: {
        path: { description: 'secrets.<block>.<field>, e.g. secrets.auth.api_token.', type: 'string', pattern: '^secrets\\.(auth|config)\\.[a-z0-9_]+$' },
        sensitive: {
          description: '"sensitive": the secret is added (create, or new in the manifests) or removed; "sensitive value changed": it differs; "sensitive value unknown": it cannot be compared.',
          enum: SENSITIVE,
        },
        posture: { description: 'How this field moves security posture.', enum: POSTURES },
        posture_reason: { ...nonEmpty, description: 'Why, in a few words; present when posture is not neutral.' },
      },
      required: ['path', 'sensitive', 'posture'],
      additionalProperties: false,
    },
  },
} as const;
