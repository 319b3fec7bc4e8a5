// Precompiles a schema into a standalone ajv validator module, so the CLI neither loads ajv nor compiles at start-up.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { MANIFEST_AJV_OPTIONS } from '../src/manifest/ajv-options.js';
import type { JsonSchema } from '../src/schema/field-schema.js';

type StandaloneFn = (ajv: Ajv2020, validate: unknown) => string;
const toCode = ((standalone as unknown as { default?: StandaloneFn }).default ?? standalone) as unknown as StandaloneFn;

export function standaloneValidatorFile(schema: JsonSchema, header: string, options: Record<string, unknown> = MANIFEST_AJV_OPTIONS): string {
  const ajv = new Ajv2020({ ...options, code: { source: true, esm: true } });
  let code = toCode(ajv, ajv.compile(schema));
  // ajv's ESM output still calls require() for its runtime helpers; turn those into imports.
  const imports: string[] = [];
  code = code.replace(/const (func\d+) = require\("([^"]+)"\)\.default;/g, (_m, name: string, mod: string) => {
    // Node gives the CommonJS exports object (the helper is its .default); bundlers and vitest may give the helper itself.
    imports.push(`import ${name}Module from '${mod}.js';\nconst ${name} = ${name}Module.default ?? ${name}Module;`);
    return '';
  });
  return `${header}// @ts-nocheck\n${imports.join('\n')}\n${code.replace(/^"use strict";/, '')}\n`;
}
