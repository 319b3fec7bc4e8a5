// The gate's data: the policy read from an asset_source integration, one evaluation's inputs, and its verdict.
import type { FileFormat, Severity } from '../catalog/types.js';
import type { Finding } from '../findings/index.js';

/** Commit-status words: `pending` is the warn outcome (the merge is allowed, with a warning). */
export type GateStatus = 'success' | 'pending' | 'failure' | 'skipped';

/** The `ci` block of the asset_source integration the gate runs for. */
export interface GatePolicy {
  /** metadata.name of the asset_source integration. */
  readonly integration: string;
  /** Where that integration is declared, `file:line`. */
  readonly declaredAt?: string;
  /** Branch globs; undefined means every branch. */
  readonly branches?: readonly string[];
  readonly block: readonly Severity[];
  readonly warn: readonly Severity[];
}

/** Which branch the gate runs for, and who said so. */
export interface BranchInfo {
  readonly name?: string;
  /** `--branch`, or the environment variable it came from. */
  readonly source?: string;
  /** True when the branch is a pull request's target branch. */
  readonly pullRequestTarget?: boolean;
}

/** Where a format's import severity threshold comes from. */
export type Attribution =
  | { readonly kind: 'integration'; readonly integration: string; readonly threshold?: Severity; readonly by: 'format' | 'flag' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/** One parsed findings file. */
export interface FindingsFile {
  readonly file: string;
  readonly format: FileFormat | undefined;
  readonly findings: readonly Finding[];
  /** Non-fatal parse problems (skipped records); reported, not blocking. */
  readonly problems?: number;
}

export interface GateInput {
  readonly policy: GatePolicy;
  readonly branch: BranchInfo;
  readonly findings: readonly FindingsFile[];
  /** Undefined: no baseline, every finding is new. */
  readonly baseline?: readonly FindingsFile[];
  /** Per format: whose import_severity_threshold applies. A format missing here has no threshold. */
  readonly attribution: ReadonlyMap<FileFormat, Attribution>;
  /** Shadow mode: evaluate and report, but always pass. */
  readonly reportOnly?: boolean;
}

export interface SeverityCounts {
  /** Findings not in the baseline (all of them when there is no baseline). */
  new: number;
  /** Findings also in the baseline. */
  existing: number;
  /** Baseline findings that are gone. */
  fixed: number;
  /** Findings under their scanner's import_severity_threshold: not considered. */
  below_threshold: number;
}

export interface BranchDecision {
  readonly name?: string;
  readonly source?: string;
  readonly pullRequestTarget?: boolean;
  /** true: in ci.branches (or no filter); false: outside it (skipped); undefined: the branch is unknown. */
  readonly matched: boolean | undefined;
  /** The first glob that matched. */
  readonly pattern?: string;
}

export interface SourceSummary {
  readonly file: string;
  readonly format: FileFormat | undefined;
  readonly findings: number;
  readonly below_threshold: number;
  readonly problems: number;
}

export interface ThresholdSummary {
  readonly format: FileFormat;
  readonly attribution: Attribution;
}

export interface GateVerdict {
  /** What the policy decides. */
  readonly status: GateStatus;
  /** False in report-only mode: the status is reported, not enforced. */
  readonly enforced: boolean;
  /** Whether the gate lets the change through (exit 0). */
  readonly passed: boolean;
  /** One sentence saying why. */
  readonly reason: string;
  readonly policy: GatePolicy;
  readonly branch: BranchDecision;
  /** Findings files read (empty when skipped). */
  readonly sources: readonly SourceSummary[];
  /** Baseline files and their unique findings; undefined without a baseline. */
  readonly baseline?: { readonly files: readonly string[]; readonly findings: number };
  readonly thresholds: readonly ThresholdSummary[];
  readonly counts: Readonly<Record<Severity, SeverityCounts>>;
  readonly totals: SeverityCounts;
  /** New findings whose severity is in gate.block: most severe first, in file order within a severity. */
  readonly blocking: readonly Finding[];
  /** New findings whose severity is in gate.warn: most severe first, in file order within a severity. */
  readonly warnings: readonly Finding[];
}
