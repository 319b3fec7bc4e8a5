import { describe, expect, it } from 'vitest';
import { parseSource } from './source-file.js';

const summary = (text: string) => {
  const loaded = parseSource('f.yaml', text);
  return {
    documents: loaded.documents.map((d) => d.index),
    diagnostics: loaded.diagnostics.map((d) => `${d.position?.line}:${d.position?.column} ${d.code}`),
  };
};

describe('parseSource', () => {
  it('skips empty documents: leading, between separators, comment-only and trailing', () => {
    // Documents start at each `---`: the third holds `a: 1`.
    expect(summary('---\n---\n# only a comment\n---\na: 1\n---\n---\n')).toEqual({ documents: [2], diagnostics: [] });
  });

  it('keeps an explicit null document, so it can be refused as not a map', () => {
    expect(summary('a: 1\n---\n~\n---\nnull\n').documents).toEqual([0, 1, 2]);
  });

  it('reads nothing from an empty or comment-only text', () => {
    expect(summary('')).toEqual({ documents: [], diagnostics: [] });
    expect(summary('# nothing\n')).toEqual({ documents: [], diagnostics: [] });
  });

  it('reports syntax errors at their position and drops only the broken document', () => {
    expect(summary('a: 1\n---\nb: [1\n---\nc: 3\n')).toEqual({ documents: [0, 2], diagnostics: ['4:1 yaml-bad-indent'] });
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(summary('a: 1\nb: 2\na: 3\n').diagnostics).toEqual(['3:1 yaml-duplicate-key']);
  });

  it('refuses flow nesting past 1000 levels before parsing, at the first bracket past the limit', () => {
    expect(summary(`a:\n  - ${'['.repeat(5000)}`).diagnostics).toEqual(['2:1005 yaml-resource-exhaustion']);
  });

  it('lets many shallow brackets through', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `k${i}: [x, { y: z }]`).join('\n');
    expect(summary(text)).toEqual({ documents: [0], diagnostics: [] });
  });

  it('counts nesting per document', () => {
    const half = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    // 700 + 700 across two documents is fine for the guard, though yaml itself stops near 800 levels.
    expect(summary(`${half(700)}\n---\n${half(700)}\n`).diagnostics).not.toContain('1:1001 yaml-resource-exhaustion');
  });
});

describe('parseSource flow-depth guard', () => {
  it('checks brackets in quotes and comments exactly before refusing anything', () => {
    // 1,500 unbalanced `[` in quoted values and comments look deep to the quick count, but nest nothing.
    const text = `branches:\n${Array.from({ length: 1500 }, (_, i) => `  - "release/[${i}" # [`).join('\n')}\n`;
    expect(summary(text)).toEqual({ documents: [0], diagnostics: [] });
  });
});
