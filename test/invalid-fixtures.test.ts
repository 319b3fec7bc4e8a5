// Every file (or folder) under test/fixtures/invalid states the diagnostics it must produce, at their exact
// line and column, in its leading comments; this suite checks that exactly those are reported.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../src/connectors/index.js';
import { hasErrors } from '../src/manifest/diagnostics.js';
import { loadManifests } from '../src/manifest/load-manifests.js';
import { compare, parseExpectations, type Expectation } from './helpers/expectations.js';

const root = path.join(import.meta.dirname, 'fixtures', 'invalid');

interface Case {
  readonly name: string;
  readonly target: string;
  readonly expectations: Expectation[];
}

function loadCases(): Case[] {
  return readdirSync(root)
    .sort()
    .map((name) => {
      const target = path.join(root, name);
      const files = statSync(target).isDirectory()
        ? readdirSync(target).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(target, f))
        : [target];
      return { name, target, expectations: files.flatMap((f) => parseExpectations(f, readFileSync(f, 'utf8'))) };
    });
}

const cases = loadCases();

describe('invalid fixtures', () => {
  it('has at least 30 cases, each with at least one expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.expectations.length, `${c.name} states no expectation`).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const set = await loadManifests([c.target]);
    const { missing, unexpected } = compare(c.expectations, set.diagnostics);
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    // Any expected error makes the set invalid; a warnings-only case stays valid.
    expect(hasErrors(set.diagnostics)).toBe(c.expectations.some((e) => e.severity === 'error'));
    // Every diagnostic has a position, a message and a stable code.
    for (const d of set.diagnostics) {
      expect(d.position?.line).toBeGreaterThan(0);
      expect(d.position?.column).toBeGreaterThan(0);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.code).toMatch(/^[a-z][a-z0-9-]*$/i);
    }
  });
});

describe('expectation parser', () => {
  it('reads expectations and their details from the leading comments only', () => {
    const text = [
      '# A case.',
      '# expect: 3:5 first message',
      '#   code: some-code',
      '#   message: second part',
      '# expect-warning: 4:1 a warning',
      '#   hint: do this',
      'a: 1',
      '# expect: 9:9 not read: after the leading comment block',
    ].join('\n');
    expect(parseExpectations('f.yaml', text)).toEqual([
      { file: 'f.yaml', severity: 'error', line: 3, column: 5, message: ['first message', 'second part'], code: 'some-code', source: 2 },
      { file: 'f.yaml', severity: 'warning', line: 4, column: 1, message: ['a warning'], hint: 'do this', source: 5 },
    ]);
  });

  it('rejects a malformed expectation rather than ignoring it', () => {
    expect(() => parseExpectations('f.yaml', '# expect: line 3 oops\na: 1')).toThrow(/malformed/);
    expect(() => parseExpectations('f.yaml', '#   code: x\na: 1')).toThrow(/before any/);
  });

  it('reports missing and unexpected diagnostics, so a wrong column fails', () => {
    const [e] = parseExpectations('f.yaml', '# expect: 3:5 boom');
    const at = (column: number) => ({ severity: 'error' as const, code: 'x', message: 'it went boom', position: { file: 'f.yaml', line: 3, column } });
    expect(compare([e!], [at(5)])).toEqual({ missing: [], unexpected: [] });
    const off = compare([e!], [at(6)]);
    expect(off.missing).toHaveLength(1);
    expect(off.unexpected).toHaveLength(1);
  });
});
