// Renders a plan as Markdown for pull-request comments and job summaries.
import type { Plan, ResourceChange } from './plan-types.js';
import { show, summaryLine } from './render-text.js';

const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': ' ' } as const;

export function renderPlanMarkdown(plan: Plan, title = 'secwire plan'): string {
  const lines = [`### ${title}`, '', `**${summaryLine(plan)}**`, ''];
  const loosening = plan.changes.filter((c) => c.posture === 'loosening');
  if (loosening.length) {
    lines.push(`> [!WARNING]`, `> ${loosening.length} change${loosening.length === 1 ? '' : 's'} loosen${loosening.length === 1 ? 's' : ''} security posture:`);
    for (const c of loosening) {
      const reasons = [...new Set(c.fields.filter((f) => f.posture === 'loosening').map((f) => f.postureReason ?? f.path))];
      lines.push(`> - \`${c.name}\`: ${reasons.length ? reasons.join('; ') : c.action === 'delete' ? `${c.type} integration deleted` : 'loosens posture'}`);
    }
    lines.push('');
  }
  for (const blocker of plan.blockers) lines.push(`> [!CAUTION]`, `> ${blocker}`, '');
  const active = plan.changes.filter((c) => c.action !== 'no-op');
  if (active.length) {
    lines.push('| | integration | type | reason |', '| --- | --- | --- | --- |');
    for (const c of active) lines.push(`| \`${SYMBOL[c.action]}\` | \`${c.name}\` | ${c.type} | ${escape(c.reason)}${c.drift ? ' (drift)' : ''} |`);
    lines.push('', '<details><summary>Field changes</summary>', '', '```diff');
    for (const c of active) lines.push(...diffBlock(c));
    lines.push('```', '', '</details>');
  }
  if (plan.unmanaged.length) lines.push('', `${plan.unmanaged.length} unmanaged record(s) left alone: ${plan.unmanaged.map((n) => `\`${n}\``).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

function diffBlock(change: ResourceChange): string[] {
  const lines = [`${SYMBOL[change.action] === ' ' ? ' ' : SYMBOL[change.action]} integration "${change.name}" (${change.type})`];
  for (const f of change.fields) {
    const mark = f.posture === 'loosening' ? `   # ⚠ ${f.postureReason ?? 'loosens posture'}` : '';
    if (f.sensitive) lines.push(`!   ${f.path}: (${f.sensitive})`);
    else if (f.before === undefined) lines.push(`+   ${f.path}: ${show(f.after)}${mark}`);
    else if (f.after === undefined) lines.push(`-   ${f.path}: ${show(f.before)}${mark}`);
    else lines.push(`-   ${f.path}: ${show(f.before)}`, `+   ${f.path}: ${show(f.after)}${mark}`);
  }
  return lines;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}
