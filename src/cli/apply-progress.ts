// Apply progress: on a terminal a live status line (counter and running changes); elsewhere one plain line per change.
import type { ChangeResult } from '../engine/apply.js';
import type { ResourceChange } from '../engine/plan-types.js';
import type { Terminal } from './terminal.js';

const VERB = { create: 'created', update: 'updated', delete: 'destroyed', 'no-op': 'unchanged' } as const;

export interface ApplyProgress {
  start(change: ResourceChange): void;
  done(change: ResourceChange, result: ChangeResult): void;
  finish(): void;
}

export function applyProgress(term: Terminal, total: number): ApplyProgress {
  const running = new Set<string>();
  let finished = 0;
  const live = term.isTTY;
  const status = () => {
    if (!live) return;
    const names = [...running].slice(0, 3).join(', ') + (running.size > 3 ? `, +${running.size - 3}` : '');
    term.out(`\r\x1b[2K${term.style('dim', `[${finished}/${total}]`)} ${running.size ? `applying ${names}…` : ''}`);
  };
  return {
    start(change) {
      running.add(change.name);
      status();
    },
    done(change, result) {
      running.delete(change.name);
      finished++;
      const mark = result.ok ? term.style('green', '✓') : term.style('red', '✗');
      const what = result.ok ? VERB[change.action] : `failed: ${result.error}`;
      const test = result.ok && change.action !== 'delete' ? (result.test === 'ok' ? ', connection ok' : ', no connection test') : '';
      const warnings = result.warnings?.length ? term.style('yellow', ` (warning: ${result.warnings.join('; ')})`) : '';
      term.out(`${live ? '\r\x1b[2K' : ''}${mark} [${finished}/${total}] ${change.name}: ${what}${test} (${Math.round(result.durationMs)} ms)${warnings}\n`);
      status();
    },
    finish() {
      if (live) term.out('\r\x1b[2K');
    },
  };
}
