// `secwire plan [paths…]`: what apply would change in the hub, as text, Markdown or JSON.
import { writeFile } from 'node:fs/promises';
import { planToJson } from '../engine/render-json.js';
import { renderPlanMarkdown } from '../engine/render-markdown.js';
import { renderPlanText } from '../engine/render-text.js';
import type { Plan } from '../engine/plan-types.js';
import { commandContext, type CommandContext, type GlobalOptions } from './context.js';
import { checkRemote } from './check-remote.js';
import { planAgainstRef } from './plan-against-ref.js';
import { UserError } from './user-error.js';
import { savePlan } from './plan-file.js';
import { planSession, type PlanFlags } from './plan-session.js';

export interface PlanOptions extends GlobalOptions, PlanFlags {
  readonly out?: string;
  readonly json?: boolean;
  readonly markdown?: string;
  readonly detailedExitcode?: boolean;
  readonly denyLoosening?: boolean;
  readonly againstRef?: string;
  readonly checkRemote?: boolean;
}

export const DEFAULT_BACKEND = 'file:.secwire/hub.db';

export async function runPlan(paths: string[], options: PlanOptions): Promise<number> {
  const ctx = await commandContext(options);
  if (options.againstRef) {
    if (options.out) throw new UserError('--out saves a plan against the hub, and --against-ref plans without one', 'drop one of the two options');
    const { plan } = await planAgainstRef(ctx, paths, options.againstRef);
    return present(ctx, plan, options, planToJson(plan, { againstRef: options.againstRef }));
  }
  const session = await planSession(ctx, paths, options, false);
  const backend = options.backend ?? ctx.resolved.config.backend ?? DEFAULT_BACKEND;
  try {
    const json = options.json ? planToJson(session.plan, { lineage: session.lineage, serial: session.serial, manifestsHash: session.desiredHash, backend }) : {};
    if (options.out) await savePlan(options.out, session, paths, backend, options.target);
    const code = await present(ctx, session.plan, options, json);
    if (options.checkRemote && (await checkRemote(ctx, session)) > 0) return 1;
    if (options.out && !options.json) ctx.term.out(`\nSaved the plan to ${options.out}. Apply exactly this plan with \`secwire apply ${options.out}\`.\n`);
    return code;
  } finally {
    await session.store.close();
  }
}

/** Prints the plan in the asked format and turns it into the exit code. */
async function present(ctx: CommandContext, plan: Plan, options: PlanOptions, json: Record<string, unknown>): Promise<number> {
  if (options.json) ctx.term.out(`${JSON.stringify(json, null, 2)}\n`);
  else ctx.term.out(renderPlanText(plan, (s, t) => ctx.term.style(s, t)));
  if (options.markdown) await writeFile(options.markdown, renderPlanMarkdown(plan, options.againstRef ? `secwire plan (changes since ${options.againstRef})` : 'secwire plan'));
  if (options.denyLoosening && plan.summary.loosening > 0) {
    ctx.term.err(`\nRefused: ${plan.summary.loosening} change(s) loosen security posture and --deny-loosening is set; a security owner must approve them.\n`);
    return 1;
  }
  const changed = plan.summary.add + plan.summary.change + plan.summary.destroy > 0;
  return options.detailedExitcode && changed ? 2 : 0;
}
