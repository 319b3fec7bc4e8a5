// Renders a gate verdict for a terminal or a CI log: headline, policy and inputs, counts per severity, and the
// blocking and warning findings with their places.
import type { Finding } from '../findings/index.js';
import { SEVERITY_LEVELS } from '../findings/index.js';
import { branchText, headline, MAX_LISTED, oneLine, plural, policyText, shortRule, thresholdText, whereOf } from './describe.js';
import { bySeverityThenPlace } from './evaluate.js';
import type { GateStatus, GateVerdict } from './types.js';

type Style = (style: 'green' | 'yellow' | 'red' | 'bold' | 'dim' | 'cyan', text: string) => string;

const MARK: Record<GateStatus, [string, 'green' | 'yellow' | 'red' | 'dim']> = {
  success: ['✓', 'green'],
  pending: ['!', 'yellow'],
  failure: ['✗', 'red'],
  skipped: ['-', 'dim'],
};

export function renderGateText(verdict: GateVerdict, style: Style = (_s, t) => t): string {
  const [mark, color] = MARK[verdict.status];
  const lines = [`${style(color, mark)} ${style('bold', `secwire gate: ${headline(verdict)}`)}: ${verdict.reason}.`];
  if (!verdict.enforced && verdict.status !== 'skipped') {
    lines.push(style('yellow', '  report-only (shadow mode): this verdict is reported, not enforced; the exit code is 0.'));
  }
  const { policy } = verdict;
  lines.push(`  policy     ${policy.integration}${policy.declaredAt ? ` (${policy.declaredAt})` : ''}: ${policyText(policy)}`);
  lines.push(`  branch     ${branchText(verdict.branch, policy)}`);
  if (verdict.status === 'skipped') return `${lines.join('\n')}\n`;

  for (const s of verdict.sources) {
    const extra = [s.below_threshold ? `${s.below_threshold} below threshold` : '', s.problems ? plural(s.problems, 'parse problem') : ''].filter(Boolean);
    lines.push(`  findings   ${s.file}: ${s.format ?? 'empty'}, ${plural(s.findings, 'finding')}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  }
  for (const t of verdict.thresholds) lines.push(`  threshold  ${t.format}: ${thresholdText(t)}`);
  lines.push(
    verdict.baseline
      ? `  baseline   ${verdict.baseline.files.join(', ')}: ${plural(verdict.baseline.findings, 'finding')}`
      : '  baseline   none: every finding is new',
  );

  lines.push('', ...countsTable(verdict));
  lines.push(...listing('Blocking', verdict.blocking, style, 'red'), ...listing('Warnings', verdict.warnings, style, 'yellow'));
  return `${lines.join('\n')}\n`;
}

function countsTable(verdict: GateVerdict): string[] {
  const header = ['severity', 'new', 'existing', 'fixed', 'below threshold'];
  const rows = SEVERITY_LEVELS.map((s) => {
    const c = verdict.counts[s];
    const role = verdict.policy.block.includes(s) ? 'blocks' : verdict.policy.warn.includes(s) ? 'warns' : '';
    return [s, String(c.new), String(c.existing), String(c.fixed), String(c.below_threshold), role];
  });
  const t = verdict.totals;
  rows.push(['total', String(t.new), String(t.existing), String(t.fixed), String(t.below_threshold), '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, i) => (i >= header.length ? cell : i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...rows.map(line)];
}

function listing(title: string, findings: readonly Finding[], style: Style, color: 'red' | 'yellow'): string[] {
  if (findings.length === 0) return [];
  const lines = ['', style('bold', `${title} (${findings.length}):`)];
  for (const f of findings.slice(0, MAX_LISTED).sort(bySeverityThenPlace)) {
    const where = whereOf(f);
    lines.push(`  ${style(color, f.severity.padEnd(8))}  ${where ? `${where}  ` : ''}${shortRule(f.rule_id)}${f.title !== f.rule_id ? style('dim', `  ${oneLine(f.title, 100)}`) : ''}`);
  }
  if (findings.length > MAX_LISTED) lines.push(style('dim', `  … and ${findings.length - MAX_LISTED} more (--format json lists them all)`));
  return lines;
}
