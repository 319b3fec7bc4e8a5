// The floor of `secwire validate`: read the same files, parse them with yaml, validate every document with one
// compiled ajv validator of schemas/manifest.schema.json. No positions, no messages, no cross-checks.
// Prints JSON: { compileMs, docs, invalid }. The bench subtracts compileMs from this process's wall time.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';

const [schemaFile, dir] = process.argv.slice(2);
if (!schemaFile || !dir) {
  console.error('usage: node bench/floor-validate.mjs SCHEMA_FILE DIR');
  process.exit(2);
}

const compileStart = performance.now();
const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
const compileMs = performance.now() - compileStart;

const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .sort();

let docs = 0;
let invalid = 0;
for (const file of files) {
  for (const doc of parseAllDocuments(await readFile(file, 'utf8'))) {
    const value = doc.toJS();
    if (value === null) continue;
    docs++;
    if (!validate(value)) invalid++;
  }
}
process.stdout.write(`${JSON.stringify({ compileMs, docs, invalid })}\n`);
