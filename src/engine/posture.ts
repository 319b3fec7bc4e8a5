// Classifies a field change as tightening or loosening security posture.
import { SEVERITIES, type Severity } from '../catalog/types.js';
import type { Posture } from './plan-types.js';

export interface PostureVerdict {
  readonly posture: Posture;
  readonly reason?: string;
}

const NEUTRAL: PostureVerdict = { posture: 'neutral' };
const rank = (s: unknown): number => SEVERITIES.indexOf(s as Severity); // 0 = critical … 4 = info

/** Field paths are relative to the record (spec.…). */
export function classifyField(path: string, before: unknown, after: unknown): PostureVerdict {
  switch (path) {
    case 'spec.import_severity_threshold':
      return threshold(before, after);
    case 'spec.enabled':
      if (before !== false && after === false) return { posture: 'loosening', reason: 'integration disabled' };
      if (before === false && after !== false) return { posture: 'tightening', reason: 'integration enabled' };
      return NEUTRAL;
    case 'spec.ticketing.auto_close_on_resolve':
      if (after === true && before !== true) return { posture: 'loosening', reason: 'resolved tickets close findings without retest' };
      if (before === true && after !== true) return { posture: 'tightening', reason: 'resolved tickets send findings to retest' };
      return NEUTRAL;
    case 'spec.ci.gate.block':
      return listChange(before, after, 'severity removed from gate.block', 'severity added to gate.block');
    case 'spec.ci.branches':
      return listChange(before, after, 'branch filter narrowed', 'branch filter widened');
    case 'spec.ci':
      if (before !== undefined && after === undefined) return { posture: 'loosening', reason: 'CI gate removed' };
      if (before === undefined && after !== undefined) return { posture: 'tightening', reason: 'CI gate added' };
      return NEUTRAL;
    default:
      return NEUTRAL;
  }
}

/** Judged by effect: a threshold that lets fewer findings into the hub (medium → high) loosens posture. */
function threshold(before: unknown, after: unknown): PostureVerdict {
  const b = before === undefined ? SEVERITIES.length - 1 : rank(before);
  const a = after === undefined ? SEVERITIES.length - 1 : rank(after);
  if (a < b) return { posture: 'loosening', reason: `import threshold raised from ${before ?? 'info'} to ${after ?? 'info'}: fewer findings imported` };
  if (a > b) return { posture: 'tightening', reason: `import threshold lowered from ${before ?? 'info'} to ${after ?? 'info'}: more findings imported` };
  return NEUTRAL;
}

function listChange(before: unknown, after: unknown, lossReason: string, gainReason: string): PostureVerdict {
  const b = new Set(Array.isArray(before) ? before : []);
  const a = new Set(Array.isArray(after) ? after : []);
  if ([...b].some((x) => !a.has(x))) return { posture: 'loosening', reason: lossReason };
  if ([...a].some((x) => !b.has(x))) return { posture: 'tightening', reason: gainReason };
  return NEUTRAL;
}

export function combinePosture(postures: readonly Posture[]): Posture {
  if (postures.includes('loosening')) return 'loosening';
  if (postures.includes('tightening')) return 'tightening';
  return 'neutral';
}
