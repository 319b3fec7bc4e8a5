// The gate verdict as a commit status: its state and a one-line description with the counts.
import type { CommitState } from '../catalog/runtime.js';
import { SEVERITY_LEVELS } from '../findings/index.js';
import { headline } from './describe.js';
import type { GateVerdict } from './types.js';

/** The status context every CI system shows the gate under. */
export const GATE_CONTEXT = 'secwire/gate';

/** success / pending (warnings) / failure; a skipped gate and a report-only run do not hold the change back. */
export function commitState(verdict: GateVerdict): CommitState {
  if (!verdict.passed) return 'failure';
  return verdict.status === 'pending' ? 'pending' : 'success';
}

/** "blocked: 3 new (1 critical, 2 high), 4 existing, 1 fixed" */
export function statusDescription(verdict: GateVerdict): string {
  const head = headline(verdict);
  if (verdict.status === 'skipped') return `${head}: the branch is not in ci.branches`;
  const t = verdict.totals;
  const bySeverity = SEVERITY_LEVELS.filter((s) => verdict.counts[s].new > 0).map((s) => `${verdict.counts[s].new} ${s}`);
  return `${head}: ${t.new} new${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}, ${t.existing} existing, ${t.fixed} fixed`;
}
