// Turns one field descriptor into its JSON Schema fragment.
import type { FieldDescriptor } from '../catalog/types.js';

export type JsonSchema = Record<string, unknown>;

/** Only http(s) URLs with a host; credentials in a URL are rejected later with a clearer message. */
export const URL_PATTERN = '^https?://[^\\s/?#]+[^\\s]*$';

export function fieldSchema(field: FieldDescriptor): JsonSchema {
  const base: JsonSchema = { description: field.description };
  switch (field.kind) {
    case 'secret':
      return { ...base, $ref: '#/$defs/secret_ref' };
    case 'string':
      return withDefault({ ...base, type: 'string', minLength: 1, ...pattern(field) }, field);
    case 'url':
      return withDefault({ ...base, type: 'string', pattern: field.pattern ?? URL_PATTERN }, field);
    case 'enum':
      return withDefault({ ...base, type: 'string', enum: [...(field.enum ?? [])] }, field);
    case 'integer':
      return withDefault({ ...base, type: 'integer', ...bounds(field) }, field);
    case 'boolean':
      return withDefault({ ...base, type: 'boolean' }, field);
    case 'string_list':
      return withDefault(
        { ...base, type: 'array', items: { type: 'string', minLength: 1, ...pattern(field) }, uniqueItems: true },
        field,
      );
  }
}

function pattern(field: FieldDescriptor): JsonSchema {
  return field.pattern ? { pattern: field.pattern } : {};
}

function bounds(field: FieldDescriptor): JsonSchema {
  const out: JsonSchema = {};
  if (field.minimum !== undefined) out.minimum = field.minimum;
  if (field.maximum !== undefined) out.maximum = field.maximum;
  return out;
}

function withDefault(schema: JsonSchema, field: FieldDescriptor): JsonSchema {
  if (field.default !== undefined) schema.default = Array.isArray(field.default) ? [...field.default] : field.default;
  if (field.example !== undefined) schema.examples = [field.example];
  return schema;
}
