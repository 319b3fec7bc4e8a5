// Every fake module in test/conformance/fakes/ is listed in its index, under the type its file is named after.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { findConnector, listConnectors } from '../../src/catalog/registry.js';
import { FAKE_VARIANTS, VENDOR_FAKES } from './fakes/index.js';

it('lists every fake file, each named after a registered type that has a runtime', () => {
  const files = readdirSync(path.join(import.meta.dirname, 'fakes')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
  expect(Object.keys(VENDOR_FAKES).sort()).toEqual(files);
  for (const [type, fake] of Object.entries(VENDOR_FAKES)) {
    expect(fake.type).toBe(type);
    expect(findConnector(type)?.runtime, `${type} has a fake but no runtime`).toBeDefined();
  }
});

it('gives each variant the type of its file and a name no other fake of that type has', () => {
  for (const [type, fakes] of Object.entries(FAKE_VARIANTS)) {
    expect(fakes.map((f) => f.type)).toEqual(fakes.map(() => type));
    const names = fakes.map((f) => f.variant ?? '');
    expect(new Set(names).size).toBe(names.length);
  }
});

it('has a fake for every connector that has a runtime, whatever its archetype', () => {
  const missing = listConnectors().filter((c) => c.runtime && !VENDOR_FAKES[c.entry.type]).map((c) => c.entry.type);
  expect(missing).toEqual([]);
});
