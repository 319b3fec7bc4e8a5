// Fingerprints are stable across parses, dedupe duplicates within a file, and never collide across formats.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileFormat } from '../catalog/types.js';
import { fingerprintOf, normalizeWhitespace, toolFingerprint } from './fingerprint.js';
import { parseFindings } from './index.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const severityFor = () => undefined;
const parse = (content: string) => parseFindings(content, { severityFor });
const fps = (content: string) => parse(content).findings.map((f) => f.fingerprint);

type J = Record<string, any>;

function sarif(results: J[], rules: J[] = []): string {
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules } }, results }] });
}

const all = ['sarif/', 'nuclei/', 'nmap/', 'masscan/', 'nessus/'].flatMap((dir) =>
  readdirSync(new URL(dir, CORPUS)).map((name) => dir + name),
);

describe('stability', () => {
  it.each(all)('%s: two parses give the same fingerprints in the same order', (file) => {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    const first = fps(text);
    expect(fps(text)).toEqual(first);
    expect(parseFindings(Buffer.from(text), { severityFor }).findings.map((f) => f.fingerprint)).toEqual(first);
    for (const fp of first) expect(fp).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the severity mapping or on file order of unrelated results', () => {
    const a = { ruleId: 'r1', message: { text: 'one' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: 1 } } }] };
    const b = { ruleId: 'r2', message: { text: 'two' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'b.ts' }, region: { startLine: 2 } } }] };
    expect(new Set(fps(sarif([a, b])))).toEqual(new Set(fps(sarif([b, a]))));
    const mapped = parseFindings(sarif([a, b]), { severityFor: () => 'critical' }).findings.map((f) => f.fingerprint);
    expect(mapped).toEqual(fps(sarif([a, b])));
  });

  it('SARIF fallback fingerprint ignores re-indentation of the snippet', () => {
    const at = (snippet: string) => ({
      ruleId: 'r',
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: 3, snippet: { text: snippet } } } }],
    });
    expect(fps(sarif([at('  foo(  bar )\n')]))).toEqual(fps(sarif([at('foo( bar )')])));
    expect(fps(sarif([at('foo(bar)')]))).not.toEqual(fps(sarif([at('foo(baz)')])));
  });

  it('SARIF tool fingerprints survive a moved line; partial fingerprints stay tied to their file', () => {
    const res = (line: number, uri: string, key: 'fingerprints' | 'partialFingerprints') => ({
      ruleId: 'r',
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
      [key]: { 'hash/v1': 'abc' },
    });
    expect(fps(sarif([res(1, 'a.ts', 'fingerprints')]))).toEqual(fps(sarif([res(9, 'a.ts', 'fingerprints')])));
    expect(fps(sarif([res(1, 'a.ts', 'partialFingerprints')]))).toEqual(fps(sarif([res(9, 'a.ts', 'partialFingerprints')])));
    expect(fps(sarif([res(1, 'a.ts', 'partialFingerprints')]))).not.toEqual(fps(sarif([res(1, 'b.ts', 'partialFingerprints')])));
  });
});

describe('duplicates within one file', () => {
  it('SARIF: the same result twice is one finding (first kept)', () => {
    const r = { ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: 1 } } }] };
    const result = parse(sarif([r, { ...r, level: 'error' }, r]));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.native_severity).toBe('warning');
  });

  it('SARIF: one tool fingerprint reused at two places stays two findings, at one place one finding', () => {
    const at = (line: number) => ({
      ruleId: 'r',
      message: { text: 'm' },
      fingerprints: { '0': 'same' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: line } } }],
    });
    expect(parse(sarif([at(1), at(2), at(1), at(2)])).findings).toHaveLength(2);
    expect(fps(sarif([at(1), at(2)]))).toEqual(fps(sarif([at(1), at(2), at(2)])));
  });

  it('Nuclei: a repeated line is one finding', () => {
    const line = readFileSync(new URL('nuclei/nuclei-legacy-v2-jsonl-mixed-severity.jsonl', CORPUS), 'utf8').split('\n')[0]!;
    expect(parse(`${line}\n${line}\n${line}\n`).findings).toHaveLength(1);
  });

  it('Nmap: a host listed twice gives its ports once', () => {
    const host = '<host><address addr="10.0.0.1" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"/></port></ports></host>';
    expect(parse(`<nmaprun scanner="nmap">${host}${host}</nmaprun>`).findings).toHaveLength(1);
  });

  it('Nessus: the same plugin on the same host, port and protocol is one finding', () => {
    const item = '<ReportItem port="443" protocol="tcp" severity="2" pluginID="42" pluginName="x"/>';
    const doc = `<NessusClientData_v2><Report name="r"><ReportHost name="h">${item}${item.replace('tcp', 'TCP')}${item.replace('443', '80')}</ReportHost></Report></NessusClientData_v2>`;
    expect(parse(doc).findings).toHaveLength(2);
  });

  it('Masscan: repeated status and banner records of one port are one finding', () => {
    expect(parse('open tcp 80 10.0.0.1 1\nopen tcp 80 10.0.0.1 2\nbanner tcp 80 10.0.0.1 3 http x\n').findings).toHaveLength(1);
  });
});

describe('formats never collide', () => {
  it('the same ip/port/protocol from nmap, masscan JSON and masscan list gives three fingerprints', () => {
    const nmap = fps('<nmaprun><host><address addr="10.0.0.1" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"/></port></ports></host></nmaprun>');
    const json = fps('[{"ip":"10.0.0.1","timestamp":"1","ports":[{"port":22,"proto":"tcp","status":"open"}]}]');
    const list = fps('open tcp 22 10.0.0.1 1\n');
    expect(new Set([...nmap, ...json, ...list]).size).toBe(3);
  });

  it('fingerprintOf prefixes the format and separates parts', () => {
    const f = (o: Partial<Record<FileFormat, true>>) => Object.keys(o)[0] as FileFormat;
    expect(fingerprintOf(f({ nmap_xml: true }), ['a', 1])).not.toBe(fingerprintOf(f({ masscan_json: true }), ['a', 1]));
    expect(fingerprintOf(f({ nmap_xml: true }), ['ab', 'c'])).not.toBe(fingerprintOf(f({ nmap_xml: true }), ['a', 'bc']));
  });
});

describe('helpers', () => {
  it('toolFingerprint sorts keys and drops empty values', () => {
    expect(toolFingerprint({ b: '2', a: '1' })).toBe(toolFingerprint({ a: '1', b: '2' }));
    expect(toolFingerprint({ commitSha: '', email: '' })).toBeUndefined();
    expect(toolFingerprint(undefined)).toBeUndefined();
  });

  it('normalizeWhitespace collapses runs and trims', () => {
    expect(normalizeWhitespace('  a \t b\n\nc  ')).toBe('a b c');
    expect(normalizeWhitespace('a b')).toBe('a b');
  });
});
