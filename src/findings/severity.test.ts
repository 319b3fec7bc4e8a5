// Severity resolution: SARIF precedence and CVSS bands, severityFor with lower-cased natives, format fallbacks.
import { describe, expect, it } from 'vitest';
import type { FileFormat, Severity } from '../catalog/types.js';
import { parseFindings } from './index.js';
import { cvssToSeverity, parseCvss, resolveSeverity } from './severity.js';

type J = Record<string, unknown>;
const none = () => undefined;

function sarifOne(result: J, rule: J = {}): { severity: Severity; native: string } {
  const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [{ id: 'r', ...rule }] } }, results: [{ ruleId: 'r', ruleIndex: 0, message: { text: 'm' }, ...result }] }] };
  const f = parseFindings(JSON.stringify(log), { severityFor: none }).findings[0]!;
  return { severity: f.severity, native: f.native_severity };
}

describe('SARIF severity', () => {
  it('security-severity on the result wins over the rule, which wins over levels', () => {
    expect(sarifOne({ properties: { 'security-severity': '9.1' }, level: 'note' }, { properties: { 'security-severity': '2.0' } })).toEqual({ severity: 'critical', native: '9.1' });
    expect(sarifOne({ level: 'note' }, { properties: { 'security-severity': '7.0' } })).toEqual({ severity: 'high', native: '7.0' });
  });

  it('CVSS bands: ≥9 critical, ≥7 high, ≥4 medium, >0 low, 0 info', () => {
    const band = (s: string) => sarifOne({ properties: { 'security-severity': s } }).severity;
    expect(['10', '9.0', '8.9', '7.0', '6.9', '4.0', '3.9', '0.1', '0', '0.0'].map(band)).toEqual([
      'critical', 'critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'info', 'info',
    ]);
    expect(cvssToSeverity(9)).toBe('critical');
    expect(parseCvss('HIGH')).toBeUndefined();
    expect(parseCvss('11')).toBeUndefined();
  });

  it('without security-severity: result level, then rule defaultConfiguration.level, then "warning"', () => {
    expect(sarifOne({ level: 'error' }, { defaultConfiguration: { level: 'note' } })).toEqual({ severity: 'high', native: 'error' });
    expect(sarifOne({}, { defaultConfiguration: { level: 'note' } })).toEqual({ severity: 'low', native: 'note' });
    expect(sarifOne({})).toEqual({ severity: 'medium', native: 'warning' });
    expect(sarifOne({ kind: 'pass' }, { defaultConfiguration: { level: 'error' } })).toEqual({ severity: 'info', native: 'none' });
  });

  it('an unusable security-severity falls back to the level', () => {
    expect(sarifOne({ level: 'error' }, { properties: { 'security-severity': 'n/a' } })).toEqual({ severity: 'high', native: 'error' });
    expect(sarifOne({ level: 'note' }, { properties: { 'security-severity': 'High' } })).toEqual({ severity: 'high', native: 'High' });
  });

  it('levels go through severityFor with the format id', () => {
    const calls: [FileFormat, string][] = [];
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ ruleId: 'r', level: 'error', message: { text: 'm' } }] }] };
    const f = parseFindings(JSON.stringify(log), {
      severityFor: (format, native) => {
        calls.push([format, native]);
        return 'low';
      },
    });
    expect(f.findings[0]?.severity).toBe('low');
    expect(calls).toEqual([[f.format, 'error']]);
  });
});

describe('severityFor and fallbacks', () => {
  it('passes the native value trimmed and lower-cased, keeps native_severity as written', () => {
    const seen: string[] = [];
    const r = parseFindings('{"template-id":"t","info":{"severity":"High "},"matched-at":"http://x"}\n', {
      severityFor: (_f, native) => {
        seen.push(native);
        return native === 'high' ? 'critical' : undefined;
      },
    });
    expect(seen).toEqual(['high']);
    expect(r.findings[0]).toMatchObject({ severity: 'critical', native_severity: 'High ' });
  });

  it('falls back by format when the catalog has no mapping', () => {
    const nessus: FileFormat = 'nessus_xml';
    expect(['0', '1', '2', '3', '4', 'weird'].map((n) => resolveSeverity(nessus, n, none))).toEqual(['info', 'low', 'medium', 'high', 'critical', 'info']);
    expect(resolveSeverity('nuclei_jsonl', 'CRITICAL', none)).toBe('critical');
    expect(resolveSeverity('nuclei_jsonl', 'unknown', none)).toBe('info');
    expect(resolveSeverity('nmap_xml', 'info', none)).toBe('info');
  });

  it('the catalog mapping wins over the fallback', () => {
    expect(resolveSeverity('nessus_xml', '4', () => 'low')).toBe('low');
  });
});
