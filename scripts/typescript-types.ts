// TypeScript types from JSON Schemas, via json-schema-to-typescript (a dev dependency: used only by the generator).
import { compile } from 'json-schema-to-typescript';
import { typesSchema } from '../src/schema/types-schema.js';
import { generatedHeader } from '../src/schema/generated-files.js';

/** TypeScript types of a JSON Schema, via json-schema-to-typescript. */
export async function typesFor(schema: Record<string, unknown>, name: string, source: string): Promise<string> {
  const body = await compile(schema as Parameters<typeof compile>[0], name, {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return `${generatedHeader(source)}${body}`;
}

export async function manifestTypesFile(): Promise<string> {
  return typesFor(typesSchema(), 'IntegrationDocument', 'src/schema/types-schema.ts');
}
