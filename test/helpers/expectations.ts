// Reads the expectations written at the top of a fixture file:
//   # expect: LINE:COL message substring            (an error)
//   # expect-warning: LINE:COL message substring    (a warning)
//   #   code: … | hint: … | path: … | document: … | message: …   (more about the expectation above)
// and compares them with the diagnostics secwire reported.
import type { Diagnostic } from '../../src/manifest/diagnostics.js';

export interface Expectation {
  readonly file: string;
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly column: number;
  /** Substrings the message must contain. */
  readonly message: string[];
  code?: string;
  hint?: string;
  path?: string;
  document?: string;
  /** Line of the fixture the expectation is written on, for failure messages. */
  readonly source: number;
}

const EXPECT = /^#\s*expect(-warning)?:\s*(\d+):(\d+)\s+(.+?)\s*$/;
const DETAIL = /^#\s+(code|hint|path|document|message):\s*(.+?)\s*$/;

export function parseExpectations(file: string, text: string): Expectation[] {
  const out: Expectation[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('#')) break; // expectations live in the leading comment block
    const expect = EXPECT.exec(line);
    if (expect) {
      out.push({ file, severity: expect[1] ? 'warning' : 'error', line: Number(expect[2]), column: Number(expect[3]), message: [expect[4]!], source: i + 1 });
      continue;
    }
    const detail = DETAIL.exec(line);
    if (detail) {
      const last = out.at(-1);
      if (!last) throw new Error(`${file}:${i + 1}: "${detail[1]}:" before any "# expect:" line`);
      const [, key, value] = detail as unknown as [string, keyof Expectation, string];
      if (key === 'message') last.message.push(value);
      else (last as unknown as Record<string, string>)[key] = value;
    } else if (/^#\s*(expect|code|hint|path|document|message)\b/.test(line)) {
      throw new Error(`${file}:${i + 1}: malformed expectation line: ${line}`);
    }
  }
  return out;
}

function matches(e: Expectation, d: Diagnostic): boolean {
  return (
    d.position?.file === e.file &&
    d.position.line === e.line &&
    d.position.column === e.column &&
    d.severity === e.severity &&
    e.message.every((m) => d.message.includes(m)) &&
    (e.code === undefined || d.code === e.code) &&
    (e.hint === undefined || (d.hint ?? '').includes(e.hint)) &&
    (e.path === undefined || d.path === e.path) &&
    (e.document === undefined || d.document === e.document)
  );
}

export function describeDiagnostic(d: Diagnostic): string {
  const at = d.position ? `${d.position.file}:${d.position.line}:${d.position.column}` : '(no position)';
  return `${at} ${d.severity} [${d.code}] ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}${d.path ? ` path=${d.path}` : ''}${d.document ? ` doc=${d.document}` : ''}`;
}

function describeExpectation(e: Expectation): string {
  const extra = (['code', 'hint', 'path', 'document'] as const).filter((k) => e[k] !== undefined).map((k) => `${k}=${e[k]}`);
  return `${e.file}:${e.line}:${e.column} ${e.severity} ${e.message.map((m) => JSON.stringify(m)).join(' + ')}${extra.length ? ` ${extra.join(' ')}` : ''} (expectation on line ${e.source})`;
}

/** Pairs each expectation with one diagnostic; returns what is missing and what is unexpected, as readable lines. */
export function compare(expectations: readonly Expectation[], diagnostics: readonly Diagnostic[]): { missing: string[]; unexpected: string[] } {
  const left = [...diagnostics];
  const missing: string[] = [];
  for (const e of expectations) {
    const i = left.findIndex((d) => matches(e, d));
    if (i === -1) missing.push(describeExpectation(e));
    else left.splice(i, 1);
  }
  return { missing, unexpected: left.map(describeDiagnostic) };
}
