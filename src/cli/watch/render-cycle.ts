// What one watch cycle shows: every error with a code frame, or the plan; then a status line.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../manifest/diagnostics.js';
import { renderPlanText, summaryLine } from '../../engine/render-text.js';
import type { Plan } from '../../engine/plan-types.js';
import { renderDiagnosticsText } from '../render-diagnostics.js';
import type { Terminal } from '../terminal.js';
import { codeFrame } from './code-frame.js';

const MAX_FRAMES = 20;

export interface CycleView {
  readonly files: number;
  readonly integrations: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly plan?: Plan;
  readonly durationMs: number;
  readonly note?: string;
}

export function renderErrors(diagnostics: readonly Diagnostic[], term: Terminal): string {
  const texts = new Map<string, string>();
  return diagnostics
    .map((d, i) => {
      const head = renderDiagnosticsText([d], term);
      if (i >= MAX_FRAMES || !d.position) return head;
      let text = texts.get(d.position.file);
      if (text === undefined) {
        try {
          text = readFileSync(d.position.file, 'utf8');
        } catch {
          text = '';
        }
        texts.set(d.position.file, text);
      }
      const frame = codeFrame(text, d.position.line, d.position.column);
      return frame ? `${head}\n${term.style('dim', frame)}` : head;
    })
    .join('\n\n');
}

export function renderCycle(view: CycleView, term: Terminal): string {
  const errors = view.diagnostics.filter((d) => d.severity === 'error').length;
  const body = errors ? renderErrors(view.diagnostics, term) : view.plan ? renderPlanText(view.plan, (s, t) => term.style(s, t)).trimEnd() : '';
  const verdict = errors ? term.style('red', `✗ ${errors} error${errors === 1 ? '' : 's'}`) : term.style('green', '✓ valid');
  const planNote = !errors && view.plan ? `  ${summaryLine(view.plan)}` : '';
  const status = `${new Date().toTimeString().slice(0, 8)}  ${view.files} files  ${view.integrations} integrations  ${Math.round(view.durationMs)} ms  ${verdict}${planNote}${view.note ? `  ${view.note}` : ''}`;
  return `${body}${body ? '\n\n' : ''}${term.style('bold', status)}`;
}
