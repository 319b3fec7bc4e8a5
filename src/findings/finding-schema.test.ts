// The Finding schema is valid draft 2020-12 and finding.generated.ts is exactly what renderFindingTypes produces.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { findingSchema } from './finding-schema.js';
import { FINDING_TYPES_HEADER, renderFindingTypes } from './render-types.js';

/** The catalog's value lists, read from its source text (src/findings may only import catalog types). */
function catalogList(name: string): string[] {
  const source = readFileSync(new URL('../catalog/types.ts', import.meta.url), 'utf8');
  const body = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}
const FILE_FORMATS = catalogList('FILE_FORMATS');
const SEVERITIES = catalogList('SEVERITIES');

describe('findingSchema', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(findingSchema);
  const minimal = {
    fingerprint: 'a'.repeat(64),
    format: FILE_FORMATS[1],
    tool: 't',
    rule_id: 'r',
    title: 'x',
    severity: 'low',
    native_severity: 'Low',
  };

  it('lists exactly the catalog formats and severities', () => {
    expect(FILE_FORMATS.length).toBeGreaterThan(5);
    expect(SEVERITIES).toHaveLength(5);
    expect([...findingSchema.properties.format.enum].sort()).toEqual([...FILE_FORMATS].sort());
    expect([...findingSchema.properties.severity.enum]).toEqual([...SEVERITIES]);
  });

  it('accepts a minimal finding and rejects unknown keys, bad ids and bad fingerprints', () => {
    expect(validate(minimal)).toBe(true);
    expect(validate({ ...minimal, extra: 1 })).toBe(false);
    expect(validate({ ...minimal, fingerprint: 'XYZ' })).toBe(false);
    expect(validate({ ...minimal, cwe: ['79'] })).toBe(false);
    expect(validate({ ...minimal, cve: ['CVE-2021-44228'], cwe: ['CWE-79'] })).toBe(true);
    expect(validate({ ...minimal, location: { line: 3 } })).toBe(false);
    expect(validate({ ...minimal, asset: { port: 70000 } })).toBe(false);
  });
});

describe('finding.generated.ts', () => {
  it('is up to date with the schema', async () => {
    const rendered = await renderFindingTypes();
    expect(rendered.startsWith(FINDING_TYPES_HEADER)).toBe(true);
    expect(readFileSync(new URL('./finding.generated.ts', import.meta.url), 'utf8')).toBe(rendered);
  });
});
