// The versioned JSON plan format (docs/plan-json.md; schema in schemas/plan.schema.json).
import type { Plan } from './plan-types.js';

export const PLAN_FORMAT_VERSION = '1.0';

export interface PlanJsonContext {
  readonly lineage?: string | null;
  readonly serial?: number | null;
  readonly manifestsHash?: string;
  readonly backend?: string | null;
  /** Set when the plan compares the manifests at a git ref with the working tree (no hub involved). */
  readonly againstRef?: string;
}

export function planToJson(plan: Plan, context: PlanJsonContext = {}): Record<string, unknown> {
  return {
    format_version: PLAN_FORMAT_VERSION,
    complete: plan.complete,
    applyable: plan.applyable,
    blockers: plan.blockers,
    summary: plan.summary,
    state: { backend: context.backend ?? null, lineage: context.lineage ?? null, serial: context.serial ?? null },
    ...(context.againstRef ? { against_ref: context.againstRef } : {}),
    manifests_hash: context.manifestsHash ?? null,
    resource_changes: plan.changes.map((c) => ({
      name: c.name,
      type: c.type,
      action: c.action,
      reason: c.reason,
      posture: c.posture,
      drift: c.drift,
      ...(c.blocked ? { blocked: c.blocked } : {}),
      ...(c.sourceFile ? { source_file: c.sourceFile } : {}),
      fields: c.fields.map((f) => ({
        path: f.path,
        posture: f.posture,
        ...(f.postureReason ? { posture_reason: f.postureReason } : {}),
        ...(f.sensitive ? { sensitive: f.sensitive } : { ...(f.before !== undefined ? { before: f.before } : {}), ...(f.after !== undefined ? { after: f.after } : {}) }),
      })),
    })),
    unmanaged: plan.unmanaged,
  };
}
