// Every example validates, as a whole set (they reference each other), with no warning either.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../src/connectors/index.js';
import { findConnector } from '../src/catalog/registry.js';
import { loadManifests } from '../src/manifest/load-manifests.js';
import { describeDiagnostic } from './helpers/expectations.js';

const root = path.join(import.meta.dirname, '..');
const examplesDir = path.join(root, 'examples');
const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')).sort();

describe('examples', () => {
  it('exist', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(5);
  });

  it('validate together with no error and no warning', async () => {
    const set = await loadManifests([examplesDir]);
    expect(set.diagnostics.map(describeDiagnostic)).toEqual([]);
    expect(set.files.map((f) => path.basename(f))).toEqual(exampleFiles);
    expect(set.integrations.length).toBeGreaterThanOrEqual(15);
  });

  it('show every archetype and every archetype block', async () => {
    const set = await loadManifests([examplesDir]);
    const archetypes = new Set(set.integrations.map((i) => findConnector(i.document.spec.type)?.entry.archetype));
    expect([...archetypes].sort()).toEqual(['asset_source', 'itsm', 'pull_only', 'scanner']);
    const specs = set.integrations.map((i) => i.document.spec);
    expect(specs.some((s) => s.ticketing)).toBe(true);
    expect(specs.some((s) => s.ci?.auto_scan?.length)).toBe(true);
    expect(specs.some((s) => s.import_severity_threshold)).toBe(true);
  });

  it.each(exampleFiles)('%s points editors at the published schema', (file) => {
    const first = readFileSync(path.join(examplesDir, file), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../schemas/manifest.schema.json');
  });

  it('valid fixtures validate with no diagnostics ({ env } secrets, requiredWhen, loopback http, empty documents)', async () => {
    const set = await loadManifests([path.join(root, 'test', 'fixtures', 'valid')]);
    expect(set.diagnostics.map(describeDiagnostic)).toEqual([]);
    expect(set.integrations.length).toBeGreaterThanOrEqual(9);
  });
});
