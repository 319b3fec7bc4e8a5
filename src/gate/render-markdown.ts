// Renders a gate verdict as Markdown for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY).
import type { Finding } from '../findings/index.js';
import { SEVERITY_LEVELS } from '../findings/index.js';
import { branchText, headline, MAX_LISTED, oneLine, plural, policyText, shortRule, thresholdText, whereOf } from './describe.js';
import { bySeverityThenPlace } from './evaluate.js';
import type { GateStatus, GateVerdict } from './types.js';

/** First line of every gate report, so a later run can find and update its own PR comment. */
export const GATE_MARKDOWN_MARKER = '<!-- secwire:gate -->';

const ICON: Record<GateStatus, string> = { success: '✅', pending: '⚠️', failure: '❌', skipped: '⏭️' };

/** Table-cell text from untrusted tool output: one line, no pipes, no HTML, no @mentions. */
function cell(text: string, max = 120): string {
  return oneLine(text, max).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/@/g, '&#64;');
}

/** Inline code from untrusted text: backticks cannot close it early. */
function code(text: string, max = 120): string {
  const flat = oneLine(text, max).replace(/`/g, "'").replace(/\|/g, '\\|');
  return flat ? `\`${flat}\`` : '';
}

export function renderGateMarkdown(verdict: GateVerdict, title = 'secwire gate'): string {
  const { policy } = verdict;
  const lines = [GATE_MARKDOWN_MARKER, `### ${ICON[verdict.status]} ${title}: ${headline(verdict)}`, '', `${cell(verdict.reason, 300)}.`, ''];
  if (!verdict.enforced && verdict.status !== 'skipped') {
    lines.push('> [!NOTE]', '> Report-only (shadow mode): this verdict is reported, not enforced; the check passes.', '');
  }
  lines.push('| | |', '| --- | --- |');
  lines.push(`| policy | ${code(policy.integration)}${policy.declaredAt ? ` (${code(policy.declaredAt)})` : ''}: ${cell(policyText(policy), 300)} |`);
  lines.push(`| branch | ${cell(branchText(verdict.branch, policy), 300)} |`);
  if (verdict.status === 'skipped') return `${lines.join('\n')}\n`;
  for (const s of verdict.sources) {
    lines.push(`| findings | ${code(s.file)}: ${s.format ?? 'empty'}, ${plural(s.findings, 'finding')}${s.below_threshold ? `, ${s.below_threshold} below threshold` : ''} |`);
  }
  for (const t of verdict.thresholds) lines.push(`| threshold | ${t.format}: ${cell(thresholdText(t), 300)} |`);
  lines.push(
    verdict.baseline
      ? `| baseline | ${verdict.baseline.files.map((f) => code(f)).join(', ')}: ${plural(verdict.baseline.findings, 'finding')} |`
      : '| baseline | none: every finding is new |',
  );

  lines.push('', '| severity | new | existing | fixed | below threshold | gate |', '| --- | ---: | ---: | ---: | ---: | --- |');
  for (const s of SEVERITY_LEVELS) {
    const c = verdict.counts[s];
    const role = policy.block.includes(s) ? 'blocks' : policy.warn.includes(s) ? 'warns' : '';
    lines.push(`| ${s} | ${c.new} | ${c.existing} | ${c.fixed} | ${c.below_threshold} | ${role} |`);
  }
  const t = verdict.totals;
  lines.push(`| **total** | **${t.new}** | **${t.existing}** | **${t.fixed}** | **${t.below_threshold}** | |`);
  lines.push(...listing('Blocking findings', verdict.blocking, true), ...listing('Warnings', verdict.warnings, verdict.blocking.length === 0));
  return `${lines.join('\n')}\n`;
}

function listing(title: string, findings: readonly Finding[], open: boolean): string[] {
  if (findings.length === 0) return [];
  const lines = ['', `<details${open ? ' open' : ''}><summary>${title} (${findings.length})</summary>`, '', '| severity | where | rule | title |', '| --- | --- | --- | --- |'];
  for (const f of findings.slice(0, MAX_LISTED).sort(bySeverityThenPlace)) lines.push(`| ${f.severity} | ${code(whereOf(f))} | ${code(shortRule(f.rule_id, 80), 80)} | ${cell(f.title)} |`);
  if (findings.length > MAX_LISTED) lines.push('', `… and ${findings.length - MAX_LISTED} more (\`secwire gate --format json\` lists them all).`);
  lines.push('', '</details>');
  return lines;
}
