import { describe, expect, it } from 'vitest';
import '../connectors/index.js';
import { findConnector, listConnectors } from '../catalog/registry.js';
import { ARCHETYPE_BLOCKS } from '../catalog/types.js';
import { manifestSchema } from './manifest-schema.js';
import { specDefName, specSchema } from './spec-schema.js';

const entries = listConnectors().map((c) => c.entry);

describe('specSchema', () => {
  it.each(entries.map((e) => [e.type, e] as const))('%s allows exactly its archetype blocks', (_type, e) => {
    const schema = specSchema(e);
    const blocks = Object.keys(schema.properties as object).filter((k) => !['type', 'enabled', 'auth', 'config', 'tls'].includes(k));
    expect(blocks).toEqual(ARCHETYPE_BLOCKS[e.archetype]);
    // tls only where credentials travel somewhere.
    expect('tls' in (schema.properties as object)).toBe(e.destinationField !== undefined);
    expect(schema.additionalProperties).toBe(false);
    expect('auth' in (schema.properties as object)).toBe(e.auth.length > 0);
    expect('config' in (schema.properties as object)).toBe(e.config.length > 0);
  });

  it('requires the auth and config blocks only when they hold required fields', () => {
    expect(specSchema(findConnector('jira')!.entry).required).toEqual(['type', 'auth', 'config']);
    expect(specSchema(findConnector('gitlab')!.entry).required).toEqual(['type', 'auth']);
    expect(specSchema(findConnector('nmap')!.entry).required).toEqual(['type']);
  });
});

describe('manifestSchema', () => {
  const schema = manifestSchema(entries) as { properties: { spec: { properties: { type: { enum: string[] } }; allOf: unknown[] } }; $defs: Record<string, unknown> };

  it('offers every type, and dispatches each to its own spec definition', () => {
    expect(schema.properties.spec.properties.type.enum).toEqual(entries.map((e) => e.type));
    expect(schema.properties.spec.allOf).toHaveLength(entries.length);
    for (const e of entries) expect(schema.$defs[specDefName(e.type)]).toEqual(specSchema(e));
  });
});
