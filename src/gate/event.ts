// The audit event of one gate evaluation: where it ran, what it decided, and the counts behind the decision.
import type { Severity } from '../catalog/types.js';
import type { CiContext } from './ci-env.js';
import type { GateStatus, GateVerdict, SeverityCounts } from './types.js';

export const GATE_EVENT_VERSION = '1';

export interface GateEvent {
  readonly type: 'gate';
  readonly version: typeof GATE_EVENT_VERSION;
  readonly at: string;
  readonly actor?: string;
  readonly ci?: string;
  readonly repository?: string;
  readonly branch?: string;
  readonly commit?: string;
  readonly pull_request?: number;
  readonly integration: string;
  readonly verdict: GateStatus;
  readonly enforced: boolean;
  readonly passed: boolean;
  readonly findings_files: readonly string[];
  readonly baseline_files?: readonly string[];
  readonly counts: Readonly<Record<Severity, SeverityCounts>>;
  readonly totals: SeverityCounts;
  readonly blocking: number;
  readonly warnings: number;
}

/** The files the gate was given (also when it skipped them), as named on the command line. */
export interface GateFiles {
  readonly findings: readonly string[];
  readonly baseline?: readonly string[];
}

export function gateEvent(verdict: GateVerdict, files: GateFiles, ci: CiContext, at: Date, actor?: string): GateEvent {
  const branch = verdict.branch.name ?? ci.branch;
  return {
    type: 'gate',
    version: GATE_EVENT_VERSION,
    at: at.toISOString(),
    ...(actor ?? ci.actor ? { actor: actor ?? ci.actor } : {}),
    ...(ci.system ? { ci: ci.system } : {}),
    ...(ci.repository ? { repository: ci.repository } : {}),
    ...(branch ? { branch } : {}),
    ...(ci.commit ? { commit: ci.commit } : {}),
    ...(ci.pullRequestNumber !== undefined ? { pull_request: ci.pullRequestNumber } : {}),
    integration: verdict.policy.integration,
    verdict: verdict.status,
    enforced: verdict.enforced,
    passed: verdict.passed,
    findings_files: files.findings,
    ...(files.baseline ? { baseline_files: files.baseline } : {}),
    counts: verdict.counts,
    totals: verdict.totals,
    blocking: verdict.blocking.length,
    warnings: verdict.warnings.length,
  };
}
