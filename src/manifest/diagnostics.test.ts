import { describe, expect, it } from 'vitest';
import { formatPosition, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';

const d = (file: string, line: number, column: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  severity,
  code: 'x',
  message: `${file}:${line}:${column}`,
  position: { file, line, column },
});

describe('diagnostics', () => {
  it('sorts by file, then line, then column, whatever order checks ran in', () => {
    const sorted = sortDiagnostics([d('b.yaml', 1, 1), d('a.yaml', 10, 2), d('a.yaml', 2, 9), d('a.yaml', 10, 1)]);
    expect(sorted.map((x) => x.message)).toEqual(['a.yaml:2:9', 'a.yaml:10:1', 'a.yaml:10:2', 'b.yaml:1:1']);
  });

  it('puts diagnostics without a position first and keeps the input untouched', () => {
    const input = [d('a.yaml', 1, 1), { severity: 'error' as const, code: 'x', message: 'nowhere' }];
    expect(sortDiagnostics(input).map((x) => x.message)).toEqual(['nowhere', 'a.yaml:1:1']);
    expect(input[0]!.message).toBe('a.yaml:1:1');
  });

  it('counts warnings as valid', () => {
    expect(hasErrors([d('a', 1, 1, 'warning')])).toBe(false);
    expect(hasErrors([d('a', 1, 1, 'warning'), d('a', 1, 1)])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it('formats file:line:column', () => {
    expect(formatPosition({ file: 'x.yaml', line: 3, column: 7 })).toBe('x.yaml:3:7');
    expect(formatPosition(undefined)).toBe('');
  });
});
