// `secwire schema [--out DIR]`: writes the JSON Schemas editors and CI use, the same files `npm run generate` commits.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { publishedSchemas } from './published-schemas.js';
import { processTerminal, type Terminal } from './terminal.js';

export async function runSchema(options: { out: string }, term: Terminal = processTerminal()): Promise<number> {
  const files = publishedSchemas();
  for (const [name, content] of files) {
    const target = path.join(options.out, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  term.out(`Wrote ${files.size} schemas to ${options.out}.\n`);
  return 0;
}
