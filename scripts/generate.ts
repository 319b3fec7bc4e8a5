// Writes every generated file (JSON Schemas, TypeScript types); with --check, fails when a committed one is stale.
// Usage: tsx scripts/generate.ts [--check] [--out DIR]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import '../src/connectors/index.js';
import { listConnectors } from '../src/catalog/registry.js';
import { publishedSchemas } from '../src/cli/published-schemas.js';
import { manifestTypesFile, typesFor } from './typescript-types.js';
import { standaloneValidatorFile } from './standalone-validator.js';
import { manifestSchema } from '../src/schema/manifest-schema.js';
import { generatedHeader } from '../src/schema/generated-files.js';
import { CONFIG_AJV_OPTIONS, configSchema } from '../src/manifest/config-schema.js';
import { renderFindingTypes } from '../src/findings/render-types.js';
import { ACTION_BUNDLE, buildActionBundle } from './build-action.js';
import { withConnectorTable } from './readme-connectors.js';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// --out DIR writes (or checks) the generated files under DIR instead of the project: tests use it to compare two runs.
const outIndex = process.argv.indexOf('--out');
const root = outIndex === -1 ? project : path.resolve(process.argv[outIndex + 1] ?? '.');

/** Files generated from the catalog and schemas, in memory. */
async function sourceFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, content] of publishedSchemas()) files.set(`schemas/${name}`, content);
  files.set('src/manifest/generated/manifest-types.ts', await manifestTypesFile());
  files.set('src/manifest/generated/manifest-validator.ts', standaloneValidatorFile(manifestSchema(listConnectors().map((c) => c.entry)), generatedHeader('src/schema/manifest-schema.ts')));
  files.set('src/manifest/generated/config-types.ts', await typesFor(structuredClone(configSchema) as Record<string, unknown>, 'SecwireConfig', 'src/manifest/config-schema.ts'));
  files.set('src/findings/finding.generated.ts', await renderFindingTypes());
  files.set('src/manifest/generated/config-validator.ts', standaloneValidatorFile(structuredClone(configSchema) as Record<string, unknown>, generatedHeader('src/manifest/config-schema.ts'), CONFIG_AJV_OPTIONS));
  files.set('README.md', withConnectorTable(await readFile(path.join(project, 'README.md'), 'utf8'), path.join(project, 'src', 'connectors')));
  return files;
}

const stale: string[] = [];
let total = 0;

/** Writes (or, with --check, compares) each file under root. */
async function emit(files: ReadonlyMap<string, string>): Promise<void> {
  total += files.size;
  for (const [relative, content] of files) {
    const target = path.join(root, relative);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === content) continue;
    if (check) {
      stale.push(relative);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
      console.log(`wrote ${relative}`);
    }
  }
}

await emit(await sourceFiles());
// The GitHub Action's committed bundle (scripts/build-action.ts) compiles the generated validators in: it is built
// only after they are written, so one run is enough after a catalog change.
await emit(new Map([[ACTION_BUNDLE, await buildActionBundle()]]));
if (check && stale.length) {
  console.error(`${stale.length} generated file(s) are stale:\n${stale.map((f) => `  ${f}`).join('\n')}\nRun \`npm run generate\` and commit the result.`);
  process.exit(1);
}
if (check) console.log(`${total} generated files are up to date.`);
