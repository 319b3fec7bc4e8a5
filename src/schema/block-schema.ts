// JSON Schema of an `auth` or `config` block: its fields, required ones, and conditional requirements.
import type { FieldDescriptor } from '../catalog/types.js';
import { fieldSchema, type JsonSchema } from './field-schema.js';

export function blockSchema(fields: readonly FieldDescriptor[], description: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  const schema: JsonSchema = { type: 'object', description, properties, additionalProperties: false };
  const required = fields.filter((f) => f.required).map((f) => f.name);
  if (required.length) schema.required = required;
  const conditions = fields.filter((f) => f.requiredWhen).map((f) => conditional(f, fields));
  if (conditions.length) schema.allOf = conditions;
  return schema;
}

/** `then: required` when the controlling field has the value; a default counts as present. */
function conditional(field: FieldDescriptor, fields: readonly FieldDescriptor[]): JsonSchema {
  const when = field.requiredWhen!;
  const controller = fields.find((f) => f.name === when.field);
  const ifSchema: JsonSchema = { type: 'object', properties: { [when.field]: { const: when.equals } } };
  if (controller?.default !== when.equals) ifSchema.required = [when.field];
  return { if: ifSchema, then: { type: 'object', properties: { [field.name]: true }, required: [field.name] } };
}

export function isBlockRequired(fields: readonly FieldDescriptor[]): boolean {
  return fields.some((f) => f.required || (f.requiredWhen && fieldDefault(fields, f.requiredWhen.field) === f.requiredWhen.equals));
}

function fieldDefault(fields: readonly FieldDescriptor[], name: string): unknown {
  return fields.find((f) => f.name === name)?.default;
}
