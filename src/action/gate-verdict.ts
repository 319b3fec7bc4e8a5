// The gate verdict back from its versioned JSON (secwire gate --format json), and its one-line status description.
import { SEVERITY_LEVELS } from '../findings/index.js';
import { headline } from '../gate/describe.js';
import type { GateVerdict, ThresholdSummary } from '../gate/types.js';
import type { CommitState } from '../catalog/runtime.js';

/** Inverse of gateToJson (src/gate/render-json.ts). */
export function verdictFromJson(json: Record<string, unknown>): GateVerdict {
  const { format_version: _version, thresholds, baseline, ...rest } = json;
  return {
    ...(rest as unknown as GateVerdict),
    ...(baseline ? { baseline: baseline as GateVerdict['baseline'] } : {}),
    thresholds: ((thresholds ?? []) as ({ format: ThresholdSummary['format'] } & Record<string, unknown>)[]).map(({ format, ...attribution }) => ({
      format,
      attribution: attribution as unknown as ThresholdSummary['attribution'],
    })),
  };
}

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
