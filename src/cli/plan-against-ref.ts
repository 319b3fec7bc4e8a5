// `plan --against-ref REF`: what a change does to the declared configuration, from the manifests at REF to the
// working tree; no hub and no key, so a pull-request job can run it with nothing secret.
import { asApplied } from '../engine/as-applied.js';
import { desiredRecords } from '../engine/desired.js';
import { plan as computePlan } from '../engine/plan.js';
import type { Plan } from '../engine/plan-types.js';
import { loadLimits, manifestPaths } from '../manifest/config.js';
import { hasErrors } from '../manifest/diagnostics.js';
import { loadManifestSet, type CommandContext } from './context.js';
import { manifestsAtRef } from './git-manifests.js';
import { renderDiagnosticsText } from './render-diagnostics.js';
import { UserError } from './user-error.js';

export async function planAgainstRef(ctx: CommandContext, paths: readonly string[], ref: string): Promise<{ plan: Plan }> {
  const now = await loadManifestSet(ctx, paths);
  if (now.diagnostics.length) ctx.term.err(`${renderDiagnosticsText(now.diagnostics, ctx.term)}\n\n`);
  if (hasErrors(now.diagnostics)) throw new UserError('the manifests are invalid; nothing was planned', 'fix the errors above (`secwire validate` lists them)');
  const before = await manifestsAtRef(ref, manifestPaths(paths, ctx.resolved, ctx.cwd), ctx.cwd, loadLimits(ctx.resolved.config));
  const errors = before.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) {
    ctx.term.err(`${ctx.term.style('yellow', 'Warning')}: the manifests at ${ref} have ${errors} error(s); their invalid documents count as absent there.\n\n`);
  }
  const plan = computePlan(desiredRecords(now.integrations), desiredRecords(before.integrations).map((d) => asApplied(d)), {
    // The declared change is shown whole: safety limits apply when it reaches a hub.
    allowMassDelete: true,
  });
  return { plan };
}
