// The connector catalog: 30 types as DESIGN.md lists them, every descriptor described and consistent,
// one vendor folder per registered id, and a minimal document of every type valid against the schema.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../src/connectors/index.js';
import { connectorTypes, findConnector, listConnectors, registerConnector } from '../src/catalog/registry.js';
import { ARCHETYPES, CAPABILITIES, CATEGORIES, FIELD_KINDS, FILE_FORMATS, SEVERITIES, type CatalogEntry, type FieldDescriptor } from '../src/catalog/types.js';
import { loadManifestText } from '../src/manifest/load-file.js';
import { checkIntegrationSet } from '../src/manifest/semantic-checks.js';

const connectorsDir = path.join(import.meta.dirname, '..', 'src', 'connectors');

/** The archetype table of DESIGN.md, "Connector catalog". */
const DESIGN_ARCHETYPES: Record<string, string[]> = {
  scanner: ['nessus', 'tenable_sc', 'tenable_io', 'qualys', 'rapid7', 'acunetix', 'invicti', 'burp', 'sonarqube', 'mobsf', 'nuclei', 'nmap', 'masscan', 'sarif'],
  pull_only: ['checkmarx_one', 'checkmarx_sast', 'snyk', 'blackduck', 'sonatype', 'prisma_cloud', 'fortify'],
  itsm: ['jira', 'servicenow', 'manageengine'],
  asset_source: ['github', 'gitlab', 'azure_devops', 'jenkins', 'bamboo', 'bitbucket'],
};
const FILE_IMPORT_ONLY = ['nuclei', 'nmap', 'masscan', 'sarif'];

const entries = listConnectors().map((c) => c.entry);
const byType = (type: string): CatalogEntry => findConnector(type)!.entry;
const allFields = entries.flatMap((e) => [...e.auth.map((f) => [e, 'auth', f] as const), ...e.config.map((f) => [e, 'config', f] as const)]);
const fieldCases = allFields.map(([e, block, f]) => [`${e.type}.${block}.${f.name}`, e, f] as const);

describe('catalog completeness', () => {
  it('registers exactly the 30 types of DESIGN.md', () => {
    const expected = Object.values(DESIGN_ARCHETYPES).flat().sort();
    expect(expected).toHaveLength(30);
    expect(connectorTypes()).toEqual(expected);
  });

  it('gives each type the archetype DESIGN.md gives it', () => {
    for (const [archetype, types] of Object.entries(DESIGN_ARCHETYPES)) {
      for (const type of types) expect(byType(type).archetype, type).toBe(archetype);
    }
  });

  it('lists connectors sorted by id, so generated output does not depend on registration order', () => {
    expect(connectorTypes()).toEqual([...connectorTypes()].sort());
  });

  it.each(entries.map((e) => [e.type, e] as const))('%s is fully described', (_type, e) => {
    expect(e.displayName.trim()).not.toBe('');
    expect(e.description.length).toBeGreaterThan(20);
    expect(e.description).toMatch(/[.)]$/);
    expect(CATEGORIES).toContain(e.category);
    expect(ARCHETYPES).toContain(e.archetype);
    expect(e.capabilities.length).toBeGreaterThan(0);
    for (const cap of e.capabilities) expect(CAPABILITIES).toContain(cap);
    expect(new Set(e.capabilities).size).toBe(e.capabilities.length);
    expect(e.severity.description.trim()).not.toBe('');
    for (const normalized of Object.values(e.severity.mapping)) expect(SEVERITIES).toContain(normalized);
    if (e.category !== 'cicd') expect(Object.keys(e.severity.mapping).length, 'a findings source maps its severities').toBeGreaterThan(0);
    for (const native of Object.keys(e.severity.mapping)) expect(native, 'native values are compared lower-case').toBe(native.toLowerCase());
    if (e.docsUrl) expect(e.docsUrl).toMatch(/^https:\/\//);
  });

  it('makes the file-import-only types import files and nothing else', () => {
    for (const type of FILE_IMPORT_ONLY) {
      const e = byType(type);
      expect(e.capabilities, type).toEqual(['file_import']);
      expect(e.fileFormats?.length, type).toBeGreaterThan(0);
      for (const format of e.fileFormats ?? []) expect(FILE_FORMATS).toContain(format);
      expect(e.auth, type).toEqual([]);
      expect(e.config, type).toEqual([]);
      expect(e.destinationField, type).toBeUndefined();
    }
  });

  it('gives every type that talks to a server a destination url field and a connection test', () => {
    for (const e of entries.filter((x) => !FILE_IMPORT_ONLY.includes(x.type))) {
      expect(e.destinationField, e.type).toMatch(/^(auth|config)\.[a-z_]+$/);
      const [block, name] = e.destinationField!.split('.') as ['auth' | 'config', string];
      expect(e[block].find((f) => f.name === name)?.kind, e.type).toBe('url');
      expect(e.capabilities, e.type).toContain('connection_test');
      expect(e.auth.some((f) => f.kind === 'secret'), `${e.type} has a credential`).toBe(true);
    }
  });

  it('gives each archetype the capabilities it stands for', () => {
    for (const e of entries) {
      if (e.archetype === 'itsm') expect(e.capabilities, e.type).toContain('tickets');
      if (e.archetype === 'asset_source') expect(e.capabilities, e.type).toContain('asset_sync');
      if (e.archetype === 'pull_only') expect(e.capabilities, e.type).toContain('pull_results');
      if (e.archetype === 'scanner') expect(e.capabilities.some((c) => ['remote_scans', 'pull_results', 'file_import'].includes(c)), e.type).toBe(true);
    }
  });
});

describe('field descriptors', () => {
  it('exist: the catalog declares fields', () => {
    expect(allFields.length).toBeGreaterThan(60);
  });

  it.each(fieldCases)('%s is described and consistent', (_name, entry, f) => {
    const siblings = entry.auth.includes(f) ? entry.auth : entry.config;
    expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(FIELD_KINDS).toContain(f.kind);
    expect(f.description.length).toBeGreaterThan(10);
    expect(f.description).toMatch(/\.$/);
    if (f.kind === 'enum') {
      expect(f.enum?.length).toBeGreaterThan(1);
      if (f.default !== undefined) expect(f.enum).toContain(f.default);
    } else {
      expect(f.enum).toBeUndefined();
    }
    if (f.kind === 'secret') {
      expect(f.default, 'a secret has no default').toBeUndefined();
      expect(f.example, 'a secret has no example').toBeUndefined();
      expect(f.pattern).toBeUndefined();
    }
    if (f.pattern) expect(() => new RegExp(f.pattern!, 'u')).not.toThrow();
    for (const sample of [f.default, f.example]) {
      if (sample === undefined) continue;
      expect(valueFits(f, sample), `${String(sample)} fits ${f.kind}`).toBe(true);
    }
    if (f.requiredWhen) {
      expect(f.required).toBe(false);
      const controller = siblings.find((o) => o.name === f.requiredWhen!.field);
      expect(controller?.kind).toBe('enum');
      expect(controller?.enum).toContain(f.requiredWhen.equals);
    }
    if (f.minimum !== undefined && f.maximum !== undefined) expect(f.minimum).toBeLessThanOrEqual(f.maximum);
  });
});

function valueFits(f: FieldDescriptor, value: unknown): boolean {
  const pattern = f.pattern ? new RegExp(f.pattern, 'u') : undefined;
  switch (f.kind) {
    case 'string':
    case 'url':
      return typeof value === 'string' && value.length > 0 && (!pattern || pattern.test(value)) && (f.kind !== 'url' || /^https?:\/\//.test(value));
    case 'enum':
      return typeof value === 'string' && (f.enum ?? []).includes(value);
    case 'integer':
      return Number.isInteger(value) && (f.minimum === undefined || (value as number) >= f.minimum) && (f.maximum === undefined || (value as number) <= f.maximum);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string_list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && (!pattern || pattern.test(v)));
    default:
      return false;
  }
}

/** A value for a field: its example, else its default, else something of the right kind. */
function sampleValue(f: FieldDescriptor): unknown {
  if (f.kind === 'secret') return { env: `${f.name.toUpperCase()}_VAR` };
  if (f.example !== undefined) return f.example;
  if (f.default !== undefined) return f.default;
  switch (f.kind) {
    case 'url':
      return 'https://example.com';
    case 'enum':
      return f.enum![0];
    case 'integer':
      return f.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string_list':
      return ['x'];
    default:
      return 'x';
  }
}

/** The smallest document of a type: required fields, plus the fields required by each enum's default. */
function minimalDocument(e: CatalogEntry): string {
  const block = (fields: readonly FieldDescriptor[]) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const when = f.requiredWhen;
      const controller = when && fields.find((o) => o.name === when.field);
      if (f.required || (when && controller?.default === when.equals)) out[f.name] = sampleValue(f);
    }
    return out;
  };
  const spec: Record<string, unknown> = { type: e.type };
  const auth = block(e.auth);
  const config = block(e.config);
  if (Object.keys(auth).length) spec.auth = auth;
  if (Object.keys(config).length) spec.config = config;
  return JSON.stringify({ apiVersion: 'secwire/v1', kind: 'Integration', metadata: { name: e.type.replace(/_/g, '-') }, spec });
}

describe('every type accepts its minimal document', () => {
  it.each(entries.map((e) => [e.type, e] as const))('%s', (_type, e) => {
    const result = loadManifestText(`${e.type}.yaml`, minimalDocument(e));
    // Warnings are allowed: mobsf's example URL is plain http (MobSF serves http on :8000 by default).
    const errors = [...result.diagnostics, ...checkIntegrationSet(result.integrations)].filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.integrations).toHaveLength(1);
  });

  it.each(entries.filter((e) => e.auth.length).map((e) => [e.type, e] as const))('%s refuses an unknown auth field', (_type, e) => {
    const doc = JSON.parse(minimalDocument(e)) as { spec: { auth?: Record<string, unknown> } };
    doc.spec.auth = { ...doc.spec.auth, not_a_field: 'x' };
    const result = loadManifestText(`${e.type}.yaml`, JSON.stringify(doc));
    expect(result.diagnostics.map((d) => d.code)).toContain('unknown-field');
  });
});

describe('vendor folders and the registry', () => {
  const folders = readdirSync(connectorsDir).filter((name) => statSync(path.join(connectorsDir, name)).isDirectory()).sort();

  it('has one folder under src/connectors per registered id, and nothing else', () => {
    expect(folders).toEqual(connectorTypes());
  });

  it('gives each folder an index.ts that registers it and a catalog.ts', () => {
    for (const folder of folders) {
      const files = readdirSync(path.join(connectorsDir, folder));
      expect(files, folder).toContain('index.ts');
      expect(files, folder).toContain('catalog.ts');
      expect(readFileSync(path.join(connectorsDir, folder, 'index.ts'), 'utf8'), folder).toMatch(/registerConnector\(/);
    }
  });

  it('imports every folder exactly once from src/connectors/index.ts', () => {
    const index = readFileSync(path.join(connectorsDir, 'index.ts'), 'utf8');
    const imported = [...index.matchAll(/^import '\.\/([^/]+)\/index\.js';$/gm)].map((m) => m[1]);
    expect([...imported].sort()).toEqual(folders);
  });

  it('refuses to register a type twice, and keeps the first registration', () => {
    const jira = findConnector('jira')!;
    expect(() => registerConnector({ entry: { ...jira.entry, displayName: 'Impostor' } })).toThrow(/connector type "jira" is registered twice/);
    expect(findConnector('jira')).toBe(jira);
    expect(connectorTypes()).toHaveLength(30);
  });

  it('refuses a malformed entry at registration, and does not register it', () => {
    const broken = { ...byType('burp'), type: 'broken_scanner', description: '' };
    expect(() => registerConnector({ entry: broken })).toThrow(/connector "broken_scanner": description is empty/);
    expect(findConnector('broken_scanner')).toBeUndefined();
  });
});
