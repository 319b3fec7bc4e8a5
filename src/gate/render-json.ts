// Renders a gate verdict as versioned JSON: the whole verdict, every blocking and warning finding included.
import type { GateVerdict } from './types.js';

export const GATE_JSON_VERSION = '1';

export function gateToJson(v: GateVerdict): Record<string, unknown> {
  return {
    format_version: GATE_JSON_VERSION,
    status: v.status,
    enforced: v.enforced,
    passed: v.passed,
    reason: v.reason,
    policy: v.policy,
    branch: v.branch,
    sources: v.sources,
    baseline: v.baseline ?? null,
    thresholds: v.thresholds.map((t) => ({ format: t.format, ...t.attribution })),
    counts: v.counts,
    totals: v.totals,
    blocking: v.blocking,
    warnings: v.warnings,
  };
}

export function renderGateJson(verdict: GateVerdict): string {
  return `${JSON.stringify(gateToJson(verdict), null, 2)}\n`;
}
