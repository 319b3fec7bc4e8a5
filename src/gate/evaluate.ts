// The gate, as a pure function: branch filter, then import threshold, then only findings new against the
// baseline, then block → failure, warn → pending, else success. Data in, verdict out; no I/O.
import type { FileFormat, Severity } from '../catalog/types.js';
import { SEVERITY_LEVELS, type Finding } from '../findings/index.js';
import { matchBranch } from './branch.js';
import { plural } from './describe.js';
import type { Attribution, FindingsFile, GateInput, GateStatus, GateVerdict, SeverityCounts, SourceSummary, ThresholdSummary } from './types.js';

const RANK = new Map<string, number>(SEVERITY_LEVELS.map((s, i) => [s, i]));
const rank = (s: string) => RANK.get(s) ?? SEVERITY_LEVELS.length;

const zero = (): SeverityCounts => ({ new: 0, existing: 0, fixed: 0, below_threshold: 0 });

function emptyCounts(): Record<Severity, SeverityCounts> {
  return Object.fromEntries(SEVERITY_LEVELS.map((s) => [s, zero()])) as Record<Severity, SeverityCounts>;
}

/** Rank of each format's threshold; formats without one are absent (everything counts). */
function thresholdRanks(attribution: ReadonlyMap<FileFormat, Attribution>): Map<FileFormat, number> {
  const out = new Map<FileFormat, number>();
  for (const [format, a] of attribution) if (a.kind === 'integration' && a.threshold !== undefined) out.set(format, rank(a.threshold));
  return out;
}

/** One list per severity, most severe first: grouping is linear, where sorting 100,000 findings is not. */
function bySeverity<T>(): Map<string, T[]> {
  return new Map(SEVERITY_LEVELS.map((s) => [s, []]));
}

function flatten<T>(groups: Map<string, T[]>): T[] {
  const out: T[] = [];
  for (const list of groups.values()) for (const item of list) out.push(item);
  return out;
}

/** Most severe first, then by file and line (or host and port): the order of a listing a person reads. */
export function bySeverityThenPlace(a: Finding, b: Finding): number {
  const r = rank(a.severity) - rank(b.severity);
  if (r !== 0) return r;
  const fa = a.location?.file ?? a.asset?.hostname ?? a.asset?.ip ?? '';
  const fb = b.location?.file ?? b.asset?.hostname ?? b.asset?.ip ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.location?.line ?? a.asset?.port ?? 0) - (b.location?.line ?? b.asset?.port ?? 0);
}

function reasonFor(status: GateStatus, blocking: number, warnings: number, reportOnly: boolean): string {
  const shadow = reportOnly ? ' (report-only: not enforced, the gate passes)' : '';
  switch (status) {
    case 'failure':
      return `${plural(blocking, 'new finding')} of a blocking severity${shadow}`;
    case 'pending':
      return `${plural(warnings, 'new finding')} of a warning severity; nothing blocks${shadow}`;
    case 'success':
      return `no new finding of a blocking or warning severity${shadow}`;
    case 'skipped':
      return 'the branch is outside ci.branches; the gate does not run here';
  }
}

export function evaluate(input: GateInput): GateVerdict {
  const { policy } = input;
  const reportOnly = input.reportOnly === true;
  const branch = matchBranch(policy, input.branch);
  const counts = emptyCounts();
  const thresholds: ThresholdSummary[] = [...input.attribution].map(([format, attribution]) => ({ format, attribution }));
  const common = { enforced: !reportOnly, policy, branch, thresholds, counts };

  if (branch.matched === false) {
    return { ...common, status: 'skipped', passed: true, reason: reasonFor('skipped', 0, 0, reportOnly), sources: [], totals: zero(), blocking: [], warnings: [] };
  }

  const limits = thresholdRanks(input.attribution);
  const considered = (f: Finding) => {
    const limit = limits.get(f.format);
    return limit === undefined || rank(f.severity) <= limit;
  };

  // Baseline: unique fingerprints, and the findings behind them (for `fixed`).
  let baseline: Map<string, Finding> | undefined;
  if (input.baseline !== undefined) {
    baseline = new Map();
    for (const file of input.baseline) for (const f of file.findings) if (!baseline.has(f.fingerprint)) baseline.set(f.fingerprint, f);
  }

  const block = new Set<string>(policy.block);
  const warn = new Set<string>(policy.warn);
  // Each file is unique by fingerprint already (the parsers see to it): the set is needed only across files,
  // and to tell which baseline findings are gone.
  const seen = input.findings.length > 1 || baseline !== undefined ? new Set<string>() : undefined;
  const blocking = bySeverity<Finding>();
  const warnings = bySeverity<Finding>();
  const sources: SourceSummary[] = [];
  for (const file of input.findings) {
    let kept = 0;
    let below = 0;
    for (const f of file.findings) {
      if (seen !== undefined) {
        const size = seen.size;
        seen.add(f.fingerprint);
        if (seen.size === size) continue; // the same finding in two files counts once
      }
      kept++;
      const c = counts[f.severity];
      if (!considered(f)) {
        below++;
        c.below_threshold++;
        continue;
      }
      if (baseline?.has(f.fingerprint)) {
        c.existing++;
        continue;
      }
      c.new++;
      if (block.has(f.severity)) blocking.get(f.severity)!.push(f);
      else if (warn.has(f.severity)) warnings.get(f.severity)!.push(f);
    }
    sources.push({ file: file.file, format: file.format, findings: kept, below_threshold: below, problems: file.problems ?? 0 });
  }
  if (baseline !== undefined && seen !== undefined) {
    for (const [fingerprint, f] of baseline) if (!seen.has(fingerprint) && considered(f)) counts[f.severity].fixed++;
  }

  const blockingList = flatten(blocking);
  const warningList = flatten(warnings);
  const status: GateStatus = blockingList.length ? 'failure' : warningList.length ? 'pending' : 'success';
  const totals = zero();
  for (const s of SEVERITY_LEVELS) for (const k of Object.keys(totals) as (keyof SeverityCounts)[]) totals[k] += counts[s][k];
  return {
    ...common,
    status,
    passed: reportOnly || status !== 'failure',
    reason: reasonFor(status, blockingList.length, warningList.length, reportOnly),
    sources,
    ...(baseline !== undefined ? { baseline: { files: (input.baseline ?? []).map((b: FindingsFile) => b.file), findings: baseline.size } } : {}),
    totals,
    blocking: blockingList,
    warnings: warningList,
  };
}
