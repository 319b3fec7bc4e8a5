// `secwire plan [paths…]`: what apply would change in the hub, as text, Markdown or JSON.
import { writeFile } from 'node:fs/promises';
import { planToJson } from '../engine/render-json.js';
import { renderPlanMarkdown } from '../engine/render-markdown.js';
import { renderPlanText } from '../engine/render-text.js';
import { commandContext, type GlobalOptions } from './context.js';
import { savePlan } from './plan-file.js';
import { planSession, type PlanFlags } from './plan-session.js';

export interface PlanOptions extends GlobalOptions, PlanFlags {
  readonly out?: string;
  readonly json?: boolean;
  readonly markdown?: string;
  readonly detailedExitcode?: boolean;
  readonly denyLoosening?: boolean;
}

export const DEFAULT_BACKEND = 'file:.secwire/hub.db';

export async function runPlan(paths: string[], options: PlanOptions): Promise<number> {
  const ctx = await commandContext(options);
  const session = await planSession(ctx, paths, options, false);
  const backend = options.backend ?? ctx.resolved.config.backend ?? DEFAULT_BACKEND;
  try {
    const { plan } = session;
    if (options.json) {
      ctx.term.out(`${JSON.stringify(planToJson(plan, { lineage: session.lineage, serial: session.serial, manifestsHash: session.desiredHash, backend }), null, 2)}\n`);
    } else {
      ctx.term.out(renderPlanText(plan, (s, t) => ctx.term.style(s, t)));
    }
    if (options.markdown) await writeFile(options.markdown, renderPlanMarkdown(plan));
    if (options.out) {
      await savePlan(options.out, session, paths, backend, options.target);
      if (!options.json) ctx.term.out(`\nSaved the plan to ${options.out}. Apply exactly this plan with \`secwire apply ${options.out}\`.\n`);
    }
    if (options.denyLoosening && plan.summary.loosening > 0) {
      ctx.term.err(`\nRefused: ${plan.summary.loosening} change(s) loosen security posture and --deny-loosening is set; a security owner must approve them.\n`);
      return 1;
    }
    const changed = plan.summary.add + plan.summary.change + plan.summary.destroy > 0;
    return options.detailedExitcode && changed ? 2 : 0;
  } finally {
    await session.store.close();
  }
}
