// Renders a plan as text, the way Terraform does: symbols, per-field old → new, a legend and a summary line.
import type { FieldChange, Plan, ResourceChange } from './plan-types.js';

type Style = (style: 'green' | 'yellow' | 'red' | 'bold' | 'dim' | 'magenta', text: string) => string;

const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': ' ' } as const;
const VERB = { create: 'created', update: 'updated in-place', delete: 'destroyed', 'no-op': 'left unchanged' } as const;
const COLOR = { create: 'green', update: 'yellow', delete: 'red', 'no-op': 'dim' } as const;

export function renderPlanText(plan: Plan, style: Style = (_s, t) => t): string {
  const active = plan.changes.filter((c) => c.action !== 'no-op');
  const lines: string[] = [];
  if (active.length) {
    lines.push('secwire will perform the following actions:', '');
    for (const change of active) lines.push(...resource(change, style), '');
    const used = (['create', 'update', 'delete'] as const).filter((a) => active.some((c) => c.action === a));
    lines.push(`Symbols: ${used.map((a) => `${style(COLOR[a], SYMBOL[a])} ${a === 'update' ? 'update in-place' : a === 'delete' ? 'destroy' : a}`).join(', ')}${plan.summary.loosening ? `, ${style('magenta', '⚠')} loosens security posture` : ''}`, '');
  }
  if (plan.unmanaged.length) {
    lines.push(`${plan.unmanaged.length} record${plan.unmanaged.length === 1 ? '' : 's'} in the hub ${plan.unmanaged.length === 1 ? 'is' : 'are'} not managed by secwire and left alone: ${plan.unmanaged.join(', ')}`,
      '  adopt one with `secwire import NAME`.', '');
  }
  if (plan.summary.loosening) {
    lines.push(style('magenta', `⚠ ${plan.summary.loosening} change${plan.summary.loosening === 1 ? '' : 's'} loosen${plan.summary.loosening === 1 ? 's' : ''} security posture.`), '');
  }
  for (const blocker of plan.blockers) lines.push(`${style('red', 'Refused')}: ${blocker}`);
  if (plan.blockers.length) lines.push('');
  lines.push(summaryLine(plan, style));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(plan: Plan, style: Style = (_s, t) => t): string {
  const { add, change, destroy } = plan.summary;
  if (!add && !change && !destroy) return style('green', 'No changes.') + ' The hub matches the manifests.';
  return `${style('bold', 'Plan:')} ${add} to add, ${change} to change, ${destroy} to destroy.`;
}

function resource(change: ResourceChange, style: Style): string[] {
  const marks = [change.drift ? 'drift' : '', change.posture === 'loosening' ? 'loosens posture' : change.posture === 'tightening' ? 'tightens posture' : ''].filter(Boolean);
  const lines = [
    style('bold', `  # ${change.name} will be ${VERB[change.action]}`) + (marks.length ? style('magenta', ` [${marks.join(', ')}]`) : ''),
    style('dim', `  # ${change.reason}`),
    `  ${style(COLOR[change.action], SYMBOL[change.action])} integration "${change.name}" (${change.type})`,
  ];
  if (change.blocked) lines.push(`      ${style('red', 'refused:')} ${change.blocked}`);
  for (const field of change.fields) lines.push(`      ${fieldLine(change.action, field, style)}`);
  return lines;
}

function fieldLine(action: ResourceChange['action'], field: FieldChange, style: Style): string {
  const loosen = field.posture === 'loosening' ? style('magenta', `  ⚠ ${field.postureReason ?? 'loosens posture'}`) : '';
  if (field.sensitive) {
    const sym = field.before !== undefined && field.after === undefined ? '-' : field.after !== undefined && field.before === undefined ? '+' : action === 'create' ? '+' : '~';
    return `${style(sym === '+' ? 'green' : sym === '-' ? 'red' : 'yellow', sym)} ${field.path}: (${field.sensitive})`;
  }
  if (field.before === undefined) return `${style('green', '+')} ${field.path}: ${show(field.after)}${loosen}`;
  if (field.after === undefined) return `${style('red', '-')} ${field.path}: ${show(field.before)}${loosen}`;
  return `${style('yellow', '~')} ${field.path}: ${show(field.before)} → ${show(field.after)}${loosen}`;
}

export function show(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
