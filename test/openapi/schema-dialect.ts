// Rewrites OpenAPI 3.0 / Swagger 2.0 schema dialect into JSON Schema ajv understands: nullable, boolean exclusive bounds, file.

/**
 * A deep copy of the document with every schema made draft-07 compatible:
 * - `nullable: true` (OAS 3.0) and `x-nullable: true` (Swagger 2.0) admit null;
 * - draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers;
 * - Swagger's `type: file` means any body.
 * Objects that are not schemas pass through: the markers only occur on schemas.
 */
export function toJsonSchemaDialect<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => toJsonSchemaDialect(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) out[key] = toJsonSchemaDialect(value);
  bounds(out, 'exclusiveMinimum', 'minimum');
  bounds(out, 'exclusiveMaximum', 'maximum');
  if (out.type === 'file') delete out.type;
  const nullable = out.nullable === true || out['x-nullable'] === true;
  if (!nullable) return out as T;
  delete out.nullable;
  delete out['x-nullable'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    return out as T;
  }
  // No type of its own ($ref, allOf …): either the schema or null.
  return { anyOf: [out, { type: 'null' }] } as T;
}

function bounds(schema: Record<string, unknown>, exclusive: string, inclusive: string): void {
  if (typeof schema[exclusive] !== 'boolean') return;
  if (schema[exclusive] === true && typeof schema[inclusive] === 'number') {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  } else {
    delete schema[exclusive];
  }
}
