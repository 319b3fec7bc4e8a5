// Phrases every gate renderer shares: the headline, where a finding is, the branch and threshold decisions.
import type { Finding } from '../findings/index.js';
import type { BranchDecision, GatePolicy, GateStatus, GateVerdict, ThresholdSummary } from './types.js';

/** Findings listed one by one in text and Markdown; the JSON report lists them all. */
export const MAX_LISTED = 50;

const HEADLINE: Record<GateStatus, string> = {
  failure: 'blocked',
  pending: 'passed with warnings',
  success: 'passed',
  skipped: 'skipped',
};

/** "blocked", "passed with warnings", …; in report-only mode "would be blocked (report-only: passing)". */
export function headline(verdict: GateVerdict): string {
  if (verdict.enforced || verdict.status === 'skipped') return HEADLINE[verdict.status];
  return verdict.status === 'failure' ? 'would be blocked (report-only: passing)' : `${HEADLINE[verdict.status]} (report-only)`;
}

/** `src/app.js:12`, `10.0.0.5:443/tcp`, `www.example.com`, or '' when the finding has no place. */
export function whereOf(f: Finding): string {
  if (f.location) return f.location.line !== undefined ? `${f.location.file}:${f.location.line}` : f.location.file;
  const a = f.asset;
  if (!a) return '';
  const host = a.hostname ?? a.ip ?? a.external_id ?? '';
  if (a.port === undefined) return host;
  return `${host}:${a.port}${a.protocol ? `/${a.protocol}` : ''}`;
}

export function policyText(policy: GatePolicy): string {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'nothing');
  const branches = policy.branches?.length ? `branches ${policy.branches.join(', ')}` : 'every branch';
  return `block ${list(policy.block)}; warn ${list(policy.warn)}; ${branches}`;
}

export function branchText(decision: BranchDecision, policy: GatePolicy): string {
  const from = decision.source ? ` (from ${decision.source}${decision.pullRequestTarget ? ', the pull request\'s target branch' : ''})` : '';
  if (decision.name === undefined) {
    return policy.branches?.length
      ? 'unknown (no --branch and no CI branch variable): ci.branches not applied'
      : 'unknown; ci.branches is not set, so every branch is gated';
  }
  if (decision.matched === false) return `${decision.name}${from} is not in ci.branches (${policy.branches?.join(', ')})`;
  if (decision.pattern !== undefined) return `${decision.name}${from} matches ${decision.pattern}`;
  return `${decision.name}${from}; ci.branches is not set, so every branch is gated`;
}

export function thresholdText(t: ThresholdSummary): string {
  const a = t.attribution;
  switch (a.kind) {
    case 'integration': {
      const how = a.by === 'flag' ? 'named by --scanner' : `the only integration importing ${t.format}`;
      return a.threshold !== undefined
        ? `${a.threshold} and above, from \`${a.integration}\` (${how})`
        : `none: \`${a.integration}\` (${how}) sets no import_severity_threshold`;
    }
    case 'none':
      return `none: no scanner integration in the manifests imports ${t.format} (name one with --scanner)`;
    case 'ambiguous':
      return `none: ${a.candidates.map((c) => `\`${c}\``).join(', ')} all import ${t.format} (pick one with --scanner)`;
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text on one line (runs of whitespace collapsed), cut to `max` characters. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A rule id short enough for a listing: long dotted ids keep their end, the most specific part. */
export function shortRule(id: string, max = 60): string {
  const flat = oneLine(id, Number.MAX_SAFE_INTEGER);
  return flat.length > max ? `…${flat.slice(flat.length - max + 1)}` : flat;
}
