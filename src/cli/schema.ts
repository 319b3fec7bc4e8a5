// `secwire schema [--out DIR]`: writes the JSON Schemas editors and CI use, the same files `npm run generate` commits.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listConnectors } from '../catalog/registry.js';
import { configSchema } from '../manifest/config-schema.js';
import { json, schemaFiles } from '../schema/generated-files.js';
import { processTerminal, type Terminal } from './terminal.js';
import '../connectors/index.js';

export async function runSchema(options: { out: string }, term: Terminal = processTerminal()): Promise<number> {
  const files = schemaFiles(listConnectors().map((c) => c.entry));
  files.set('config.schema.json', json(configSchema));
  for (const [name, content] of files) {
    const target = path.join(options.out, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  term.out(`Wrote ${files.size} schemas to ${options.out}.\n`);
  return 0;
}
