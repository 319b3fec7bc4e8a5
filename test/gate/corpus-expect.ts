// Independent expectations for real corpus files: severities counted straight from the JSON/XML, without the
// parsers, so the CLI's numbers are checked against arithmetic done here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../../src/catalog/types.js';
import { projectRoot } from '../helpers/cli.js';

export const CORPUS = path.join(projectRoot, '..', 'shared', 'corpus');
export const corpus = (rel: string) => path.join(CORPUS, rel);

export const SEMGREP = corpus('sarif/semgrep-oss-1.69.0-gitlab-ruleset.sarif');
export const GRYPE = corpus('sarif/grype-0.34.7-cxf-3.4.6.sarif');
export const NUCLEI = corpus('nuclei/nuclei-legacy-v2-jsonl-mixed-severity.jsonl');
export const NMAP = corpus('nmap/nmap-sV-vulners-script-25ports.xml');

export type Counts = Record<Severity, number>;
const empty = (): Counts => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

type J = Record<string, any>;

function bandOf(score: number): Severity {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'info';
}

/** SARIF result severity: security-severity (CVSS number or word) first, else the level (error → high, …). */
export function sarifCounts(file: string): Counts {
  const LEVEL: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
  const log = JSON.parse(readFileSync(file, 'utf8')) as J;
  const counts = empty();
  const seen = new Set<string>();
  for (const run of log.runs as J[]) {
    const rules = new Map<string, J>(((run.tool?.driver?.rules ?? []) as J[]).map((r) => [r.id, r]));
    for (const r of (run.results ?? []) as J[]) {
      const loc = r.locations?.[0]?.physicalLocation;
      const key = JSON.stringify([r.ruleId, loc?.artifactLocation?.uri, loc?.region?.startLine, loc?.region?.startColumn, r.message?.text]);
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = rules.get(r.ruleId);
      const security = r.properties?.['security-severity'] ?? rule?.properties?.['security-severity'];
      let severity: Severity;
      if (security !== undefined && Number.isFinite(Number(security))) severity = bandOf(Number(security));
      else if (security !== undefined) severity = String(security).toLowerCase() as Severity;
      else severity = LEVEL[r.level ?? rule?.defaultConfiguration?.level ?? 'warning']!;
      counts[severity]++;
    }
  }
  return counts;
}

/** Nuclei JSONL: info.severity of each record, unique by template, matched-at and matcher. */
export function nucleiCounts(file: string): Counts {
  const counts = empty();
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as J;
    const key = [r['template-id'] ?? r.templateID, r['matched-at'] ?? r.matched, r['matcher-name'] ?? r.matcher_name ?? ''].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    counts[String(r.info.severity).toLowerCase() as Severity]++;
  }
  return counts;
}

/** Nmap: one info finding per open port. */
export function nmapOpenPorts(file: string): number {
  return [...readFileSync(file, 'utf8').matchAll(/<port [^>]*>\s*<state state="([^"]*)"/g)].filter((m) => m[1] === 'open').length;
}

export const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);

/** Sum of the counts of the given severities. */
export const sum = (c: Counts, severities: readonly Severity[]) => severities.reduce((a, s) => a + c[s], 0);
