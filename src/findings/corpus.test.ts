// Every real corpus file parses without throwing, with counts computed here independently of the parsers.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { FileFormat, Severity } from '../catalog/types.js';
import { findingSchema } from './finding-schema.js';
import { parseFindings, summarizeBySeverity, type Finding } from './index.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
// Folder names carry their slash: the core-purity rule forbids bare vendor ids even in tests.
const DIRS = ['sarif/', 'nuclei/', 'nmap/', 'masscan/', 'nessus/'] as const;
const noMapping = (): Severity | undefined => undefined;
const formatId = (o: Partial<Record<FileFormat, true>>) => Object.keys(o)[0] as FileFormat;

function files(dir: string): { name: string; path: URL }[] {
  const base = new URL(dir, CORPUS);
  return readdirSync(base)
    .sort()
    .map((name) => ({ name, path: new URL(name, base) }));
}

function parse(path: URL, name: string) {
  return parseFindings(readFileSync(path), { fileName: name, severityFor: noMapping });
}

// ---- independent expectations -------------------------------------------------------------

type J = Record<string, any>;

/** SARIF: results across all runs, unique by rule, file, line, column and message. */
function expectedSarif(text: string): number {
  const log = JSON.parse(text) as J;
  const keys = new Set<string>();
  for (const run of log.runs as J[]) {
    for (const r of (run.results ?? []) as J[]) {
      const loc = r.locations?.[0]?.physicalLocation;
      keys.add(
        JSON.stringify([r.ruleId ?? r.rule?.id, loc?.artifactLocation?.uri, loc?.region?.startLine, loc?.region?.startColumn, r.message?.text]),
      );
    }
  }
  return keys.size;
}

/** Nuclei: JSON array elements or non-blank lines, unique by template, matched-at and matcher. */
function expectedNuclei(text: string): number {
  const trimmed = text.trim();
  const records: J[] = trimmed.startsWith('[') ? JSON.parse(trimmed) : trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return new Set(
    records.map((r) => [r['template-id'] ?? r.templateID, r['matched-at'] ?? r.matched, r['matcher-name'] ?? r.matcher_name ?? ''].join('|')),
  ).size;
}

/** Nmap: <port> elements whose <state> is exactly "open". */
function expectedNmap(text: string): number {
  return [...text.matchAll(/<port [^>]*>\s*<state state="([^"]*)"/g)].filter((m) => m[1] === 'open').length;
}

/** Masscan: unique ip/port/proto with an open status or a banner (banners only come from open ports). */
function expectedMasscan(text: string): number {
  const keys = new Set<string>();
  if (text.trim() === '') return 0;
  if (text.startsWith('#') || /^(open|banner|closed) /m.test(text)) {
    for (const line of text.split('\n')) {
      const f = line.split(' ');
      if (f[0] === 'open' || f[0] === 'banner') keys.add(`${f[3]}|${f[2]}|${f[1]}`);
    }
    return keys.size;
  }
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/,$/, '');
    if (!t.startsWith('{')) continue;
    const r = JSON.parse(t) as J;
    const ports: J[] = r.ports ?? [{ port: r.port, proto: r.proto, status: r.data?.status, service: r.data?.service_name }];
    for (const p of ports) if (p.status === 'open' || p.service !== undefined) keys.add(`${r.ip}|${p.port}|${p.proto}`);
  }
  return keys.size;
}

/** Nessus: <ReportItem> start tags, unique by host, plugin, port and protocol; with their severity attribute. */
function nessusItems(text: string): Map<string, string> {
  const items = new Map<string, string>();
  for (const host of text.split('<ReportHost ').slice(1)) {
    const name = /^name="([^"]*)"/.exec(host)?.[1];
    for (const m of host.matchAll(/<ReportItem ([^>]*)>/g)) {
      const attr = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(m[1] ?? '')?.[1];
      const key = [name, attr('pluginID'), attr('port'), attr('protocol')?.toLowerCase()].join('|');
      if (!items.has(key)) items.set(key, attr('severity') ?? '');
    }
  }
  return items;
}

const EXPECTED: Record<(typeof DIRS)[number], (text: string) => number> = {
  'sarif/': expectedSarif,
  'nuclei/': expectedNuclei,
  'nmap/': expectedNmap,
  'masscan/': expectedMasscan,
  'nessus/': (text) => nessusItems(text).size,
};

// ---- tests -----------------------------------------------------------------------------

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(findingSchema);

describe.each(DIRS)('corpus/%s', (dir) => {
  it.each(files(dir).map((f) => [f.name, f.path] as const))('%s parses with the independently computed count', (name, path) => {
    const text = readFileSync(path, 'utf8');
    const result = parse(path, name);
    expect(result.problems).toEqual([]);
    expect(result.findings).toHaveLength(EXPECTED[dir](text));
    const fingerprints = result.findings.map((f) => f.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    for (const finding of result.findings) {
      expect(validate(finding), JSON.stringify(validate.errors)).toBe(true);
      expect(finding.format).toBe(result.format);
    }
  });
});

describe('corpus counts are not trivially zero', () => {
  it('finds findings in every non-empty corpus file', () => {
    for (const dir of DIRS) {
      for (const f of files(dir)) {
        const text = readFileSync(f.path, 'utf8');
        if (text.trim() === '') continue;
        expect(EXPECTED[dir](text), f.name).toBeGreaterThan(0);
      }
    }
  });
});

/** One corpus file by its path under the corpus ("nmap/…xml"). */
function one(file: string): { findings: Finding[]; text: string } {
  const path = new URL(file, CORPUS);
  return { findings: parse(path, file).findings, text: readFileSync(path, 'utf8') };
}

describe('corpus quirks', () => {
  it('SARIF: CodeQL omits level; security-severity 7.8 on the rule makes it high, and the rule default level is kept', () => {
    const { findings } = one('sarif/codeql-2.11.6-java-missing-jwt-check.sarif');
    expect(findings.map((f) => [f.severity, f.native_severity, f.raw?.['level']])).toEqual(Array(5).fill(['high', '7.8', 'error']));
    expect(findings[0]).toMatchObject({ tool: 'CodeQL', tool_version: '2.11.6', cwe: ['CWE-347'], location: { file: 'Test.java', line: 12, column: 15 } });
  });

  it('SARIF: Grype CVSS 9.8 is critical although its level is only the default "warning"', () => {
    const { findings, text } = one('sarif/grype-0.34.7-cxf-3.4.6.sarif');
    const log = JSON.parse(text) as J;
    const scores = new Map<string, number>((log.runs[0].tool.driver.rules as J[]).map((r) => [r.id, Number(r.properties['security-severity'])]));
    const band = (s: number): Severity => (s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'info');
    for (const f of findings) expect(f.severity).toBe(band(scores.get(f.rule_id) ?? -1));
    expect(findings.some((f) => f.severity === 'critical')).toBe(true);
    expect(findings.every((f) => f.cve?.[0] === /^CVE-\d+-\d+/.exec(f.rule_id)?.[0])).toBe(true);
  });

  it('SARIF: Bandit MEDIUM results without a level fall back to "warning", through severityFor', () => {
    const path = new URL('sarif/bandit-1.7.5-pygoat.sarif', CORPUS);
    const calls: [FileFormat, string][] = [];
    const result = parseFindings(readFileSync(path), {
      severityFor: (format, native) => {
        calls.push([format, native]);
        return ({ error: 'critical', warning: 'medium', note: 'info' } as Record<string, Severity>)[native];
      },
    });
    const log = JSON.parse(readFileSync(path, 'utf8')) as J;
    const results = log.runs[0].results as J[];
    const expected = (lvl: string | undefined): Severity => (lvl === 'error' ? 'critical' : lvl === 'note' ? 'info' : 'medium');
    expect(result.findings.map((f) => f.severity)).toEqual(results.map((r) => expected(r.level)));
    expect(results.filter((r) => r.level === undefined)).toHaveLength(12);
    expect(new Set(calls.map((c) => c[0]))).toEqual(new Set([result.format]));
    expect(result.findings.filter((f) => f.native_severity === 'warning')).toHaveLength(12);
  });

  it('SARIF: Semgrep security-severity words map to the severity of the same name', () => {
    const { findings, text } = one('sarif/semgrep-oss-1.69.0-gitlab-ruleset.sarif');
    const log = JSON.parse(text) as J;
    const rules = log.runs[0].tool.driver.rules as J[];
    const word = new Map(rules.map((r) => [r.id, String(r.properties['security-severity']).toLowerCase()]));
    for (const f of findings) expect(f.severity).toBe(word.get(f.rule_id));
  });

  it('SARIF: gitleaks empty partialFingerprints fall back to location fingerprints; KICS levels come from the rules', () => {
    expect(new Set(one('sarif/gitleaks-8.0.0-secrets.sarif').findings.map((f) => f.fingerprint)).size).toBe(6);
    const kics = one('sarif/kics-iac-terraform.sarif');
    const log = JSON.parse(kics.text) as J;
    const levels = (log.runs[0].results as J[]).map((r) => log.runs[0].tool.driver.rules[r.ruleIndex].defaultConfiguration.level);
    expect(kics.findings.map((f) => f.native_severity)).toEqual(levels);
  });

  it('SARIF: two runs with two drivers; the result both runs report is one finding', () => {
    const { findings } = one('sarif/codeql-action-fixture-two-runs-lgtm-and-codeql.sarif');
    expect(findings.map((f) => f.tool)).toEqual(['LGTM.com', 'CodeQL command-line toolchain']);
    expect(findings.map((f) => f.tool_version)).toEqual(['1.24.0-SNAPSHOT', '2.0.0']);
  });

  it('SARIF: Snyk fixture reuses one fingerprint for every result; distinct places stay distinct findings', () => {
    expect(one('sarif/snyk-code-goof-sample.sarif').findings).toHaveLength(7);
  });

  it('Nessus: severity 0-4 goes through severityFor; risk_factor is kept as advisory', () => {
    const path = new URL('nessus/nessus4-example-2hosts-69items.nessus', CORPUS);
    const scale: Record<string, Severity> = { '0': 'info', '1': 'low', '2': 'medium', '3': 'high', '4': 'critical' };
    const result = parseFindings(readFileSync(path), { severityFor: (_f, native) => scale[native] });
    const expected: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const sev of nessusItems(readFileSync(path, 'utf8')).values()) expected[scale[sev] ?? 'info']++;
    expect(summarizeBySeverity(result.findings)).toEqual(expected);
    const withRisk = result.findings.filter((f) => f.raw?.['risk_factor'] !== undefined);
    expect(withRisk.length).toBeGreaterThan(0);
    expect(withRisk.some((f) => f.raw?.['risk_factor'] === 'None' && f.native_severity === '1')).toBe(true);
  });

  it('Nessus WAS: lower-case TCP, URL host, CWE from xref', () => {
    const { findings } = one('nessus/tenable-was-export-5findings.nessus');
    const xss = findings.find((f) => f.rule_id === '98104');
    expect(xss).toMatchObject({
      severity: 'high',
      native_severity: '3',
      cwe: ['CWE-79'],
      asset: { hostname: 'google.com', external_id: 'http://google.com/', port: 80, protocol: 'tcp' },
      raw: { risk_factor: 'high' },
    });
  });

  it('Nmap: vulners CVEs are attached to their open port; tool and version come from the file', () => {
    const { findings, text } = one('nmap/nmap-sV-vulners-script-25ports.xml');
    const ssh = findings.find((f) => f.asset?.port === 22);
    const sshBlock = text.slice(text.indexOf('portid="22"'), text.indexOf('</port>', text.indexOf('portid="22"')));
    const cves = [...new Set([...sshBlock.matchAll(/<elem key="id">(CVE-[\d-]+)<\/elem>/g)].map((m) => m[1]))];
    expect(cves.length).toBeGreaterThan(0);
    const scanner = /<nmaprun scanner="([^"]+)"/.exec(text)?.[1];
    expect(scanner).toBeDefined();
    expect(ssh).toMatchObject({ tool: scanner, tool_version: '7.91', severity: 'info', asset: { ip: '10.250.195.71', protocol: 'tcp' } });
    expect(ssh?.cve).toEqual(cves);
    expect(ssh?.title).toContain('OpenSSH 7.4');
  });

  it('Nmap: closed ports are not findings; the user host name is preferred', () => {
    const { findings } = one('nmap/nmap-sV-open-closed-versions.xml');
    expect(findings.map((f) => f.asset)).toEqual([
      { ip: '127.0.0.1', hostname: 'localhost2', port: 22, protocol: 'tcp' },
      { ip: '127.0.0.1', hostname: 'localhost2', port: 25, protocol: 'tcp' },
    ]);
  });

  it('Masscan: -oJ, -oD and -oL of the same scan give the same open ports; banners attach to their port', () => {
    const ports = (name: string) => one('masscan/' + name).findings.map((f) => `${f.asset?.ip}:${f.asset?.port}/${f.asset?.protocol}`).sort();
    const list = ports('masscan-list-banners-example.txt');
    expect(ports('masscan-json-banners-example.json')).toEqual(list);
    expect(ports('masscan-ndjson-banners-example.ndjson')).toEqual(list);
    const http = one('masscan/masscan-json-banners-example.json').findings.find((f) => f.asset?.port === 80);
    expect((http?.raw?.['banners'] as { service: string }[]).map((b) => b.service)).toEqual(['http.server', 'title', 'http']);
    const listed = one('masscan/masscan-list-banners-example.txt');
    expect(listed.findings[0]?.tool).toBe(/^#(\w+)/.exec(listed.text)?.[1]);
  });

  it('Nuclei: legacy keys, JSON-array export and null references all read', () => {
    const legacy = one('nuclei/nuclei-legacy-v2-jsonl-mixed-severity.jsonl');
    const lines = legacy.text.trim().split('\n').map((l) => JSON.parse(l) as J);
    expect(legacy.findings.map((f) => f.rule_id)).toEqual(lines.map((l) => l.templateID));
    expect(legacy.findings.map((f) => f.native_severity)).toEqual(lines.map((l) => l.info.severity));
    const ssh = legacy.findings.find((f) => f.rule_id === 'openssh5.3-detect');
    expect(ssh?.asset).toMatchObject({ hostname: 'nuclei-example.com', port: 22, ip: '178.21.15.56' });
    const array = one('nuclei/nuclei-v3-json-export-array.json');
    expect(array.findings.some((f) => f.cwe?.includes('CWE-200'))).toBe(true);
  });
});
