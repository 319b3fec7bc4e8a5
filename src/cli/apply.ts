// `secwire apply [PLANFILE | paths…]`: plans, confirms, applies under the store lock, and reports each change.
import { createInterface } from 'node:readline/promises';
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { applyPlan, type ChangeResult } from '../engine/apply.js';
import { acquireApplyLock } from '../engine/apply-lock.js';
import { registryMappingChecker, registryTester } from '../engine/connection-tester.js';
import { manifestLocator } from './manifest-locator.js';
import { HostLimiter } from '../engine/host-limiter.js';
import { applyProgress } from './apply-progress.js';
import { httpClientFactory } from './http-client-factory.js';
import { renderPlanText, summaryLine } from '../engine/render-text.js';
import { commandContext, type CommandContext, type GlobalOptions } from './context.js';
import { assertFresh, readPlan } from './plan-file.js';
import { planSession, type PlanFlags, type PlanSession } from './plan-session.js';
import { UserError } from './user-error.js';

export interface ApplyOptions extends GlobalOptions, PlanFlags {
  readonly autoApprove?: boolean;
  readonly parallelism?: string;
  readonly lockTimeout?: string;
  readonly skipConnectionTests?: boolean;
}

export async function runApply(args: string[], options: ApplyOptions): Promise<number> {
  const ctx = await commandContext(options);
  const planFile = args.length === 1 && existsSync(args[0]!) && statSync(args[0]!).isFile() && args[0]!.endsWith('.json') ? args[0]! : undefined;
  const saved = planFile ? await readPlan(planFile) : undefined;
  const paths = saved ? saved.paths : args;
  const flags: PlanFlags = saved ? { ...options, backend: options.backend ?? saved.backend, ...(saved.target ? { target: saved.target } : {}) } : options;
  // Each distinct warning once: an insecure TLS setting would otherwise warn on every request of a large apply.
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    ctx.term.err(`${ctx.term.style('yellow', 'Warning')}: ${message}\n`);
  };
  let lockId: string | undefined;
  const session = await planSession(ctx, paths, flags, true, async (store) => {
    lockId = (await acquireApplyLock(store, actor(), durationMs(options.lockTimeout ?? '0s'), warn)).id;
  });
  const { store, plan } = session;
  try {
    if (saved && planFile) assertFresh(saved, planFile, session);
    ctx.term.out(renderPlanText(plan, (s, t) => ctx.term.style(s, t)));
    if (!plan.applyable) throw new UserError('the plan cannot be applied as it is', plan.blockers.join('\n  '));
    if (plan.summary.add + plan.summary.change + plan.summary.destroy === 0) return 0;
    if (!saved && !options.autoApprove) await confirm(ctx);
    const results = await executeApply(ctx, session, options, warn);
    return report(ctx, results);
  } finally {
    if (lockId) await store.unlock(lockId).catch(() => undefined);
    await store.close();
  }
}

/** Runs a plan's changes with connection tests, limits and progress; shared by apply and watch --apply. */
export async function executeApply(
  ctx: CommandContext,
  session: Pick<PlanSession, 'store' | 'plan' | 'desired' | 'keys' | 'compare' | 'desiredHash' | 'set'>,
  options: Pick<ApplyOptions, 'skipConnectionTests' | 'parallelism'>,
  warn: (message: string) => void,
): Promise<ChangeResult[]> {
  const { store, plan } = session;
  if (options.skipConnectionTests) warn('--skip-connection-tests: credentials are stored without being tested against the vendors, and ticket mappings without being checked');
  const applyConfig = ctx.resolved.config.apply ?? {};
  const tester = options.skipConnectionTests
    ? undefined
    : { createClient: await httpClientFactory(), limiter: new HostLimiter(applyConfig.hosts ?? {}), retries: applyConfig.retries ?? 5, warn };
  const testConnection = tester ? registryTester(tester) : undefined;
  const checkMappings = tester ? registryMappingChecker(tester) : undefined;
  const active = plan.changes.filter((c) => c.action !== 'no-op' && !c.blocked).length;
  const progress = applyProgress(ctx.term, active);
  const results = await applyPlan(plan, {
    store,
    desired: session.desired,
    keys: session.keys,
    compare: session.compare,
    actor: actor(),
    planHash: session.desiredHash,
    parallelism: Number(options.parallelism ?? applyConfig.parallelism ?? 10),
    ...(testConnection ? { testConnection } : {}),
    ...(checkMappings ? { checkMappings } : {}),
    locate: manifestLocator(session.set),
    onStart: (change) => progress.start(change),
    onDone: (change, result) => progress.done(change, result),
  });
  progress.finish();
  return results;
}

async function confirm(ctx: CommandContext): Promise<void> {
  if (!process.stdin.isTTY) {
    throw new UserError('apply needs confirmation, and there is no terminal to ask', 'review the plan, then run again with --auto-approve (or apply a saved plan file)');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(`\nDo you want to apply these changes?\n  Only 'yes' will be accepted.\n\n  Enter "yes": `);
  rl.close();
  if (answer.trim() !== 'yes') throw new UserError('apply cancelled', 'nothing was changed');
  ctx.term.out('\n');
}

function report(ctx: CommandContext, results: readonly ChangeResult[]): number {
  const failed = results.filter((r) => !r.ok);
  const count = (a: string) => results.filter((r) => r.ok && r.action === a).length;
  ctx.term.out(`\nApply ${failed.length ? 'finished with errors' : 'complete'}! Resources: ${count('create')} added, ${count('update')} changed, ${count('delete')} destroyed.\n`);
  if (!failed.length) return 0;
  ctx.term.err(`\n${failed.length} change${failed.length === 1 ? '' : 's'} failed (the others were applied; a rerun converges):\n`);
  for (const f of failed) ctx.term.err(`  ${f.name}: ${f.error}${f.hint ? `\n    hint: ${f.hint}` : ''}\n`);
  return 1;
}

function actor(): string {
  return process.env.GITHUB_ACTOR ? `github:${process.env.GITHUB_ACTOR}` : `${os.userInfo().username}@${os.hostname()}`;
}

function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UserError(`invalid duration \`${text}\``, 'write it as 500ms, 30s or 2m');
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[m[2] ?? 's'] ?? 1000);
}

export { summaryLine };
