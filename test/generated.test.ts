// Generated files: the committed ones equal what scripts/generate.ts produces now, and generation is deterministic.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/connectors/index.js';
import { listConnectors } from '../src/catalog/registry.js';
import { configSchema } from '../src/manifest/config-schema.js';
import { json, schemaFiles } from '../src/schema/generated-files.js';
import { manifestSchema } from '../src/schema/manifest-schema.js';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const generate = (...args: string[]) => run(tsx, ['scripts/generate.ts', ...args], { cwd: root });
const temps: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'secwire-generated-'));
  temps.push(dir);
  return dir;
}

async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

// The generator takes a few seconds (json-schema-to-typescript and prettier): its runs go in parallel, once.
let checkOutput = '';
let runA = '';
let runB = '';

beforeAll(async () => {
  [runA, runB] = [await tempDir(), await tempDir()];
  const [check] = await Promise.all([generate('--check'), generate('--out', runA), generate('--out', runB)]);
  checkOutput = check.stdout;
}, 60_000);

afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

describe('generated files', () => {
  it('are up to date: `tsx scripts/generate.ts --check` exits 0', () => {
    expect(checkOutput).toMatch(/generated files are up to date/);
  });

  it('include the published manifest schema, equal to the one built from the catalog in memory', async () => {
    const entries = listConnectors().map((c) => c.entry);
    const onDisk = await readFile(path.join(root, 'schemas', 'manifest.schema.json'), 'utf8');
    expect(onDisk).toBe(json(manifestSchema(entries)));
    for (const [name, content] of schemaFiles(entries)) {
      expect(await readFile(path.join(root, 'schemas', name), 'utf8'), name).toBe(content);
    }
    expect(await readFile(path.join(root, 'schemas', 'config.schema.json'), 'utf8')).toBe(json(configSchema));
  });

  it('publish one connector schema per registered type and nothing stale', async () => {
    const files = (await readdir(path.join(root, 'schemas', 'connectors'))).sort();
    expect(files).toEqual(listConnectors().map((c) => `${c.entry.type}.schema.json`));
  });

  it('are deterministic: two runs into fresh directories write the same bytes', async () => {
    const [first, second] = [await readTree(runA), await readTree(runB)];
    expect(first.size).toBeGreaterThanOrEqual(35);
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [file, content] of first) expect(second.get(file), file).toBe(content);
    // …and what they write is what is committed.
    for (const [file, content] of first) expect(await readFile(path.join(root, file), 'utf8'), file).toBe(content);
  });

  it('--check fails, naming the file, when a generated file is stale', async () => {
    const dir = await tempDir();
    await cp(runA, dir, { recursive: true });
    const stale = path.join(dir, 'schemas', 'connectors', 'jira.schema.json');
    await writeFile(stale, `${await readFile(stale, 'utf8')} `);
    const failure = await generate('--check', '--out', dir).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('schemas/connectors/jira.schema.json');
    expect(failure?.stderr).toContain('npm run generate');
  });
});
