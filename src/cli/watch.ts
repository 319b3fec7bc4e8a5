// `secwire watch [paths…] [--apply]`: re-validates and re-plans on every save; optionally applies to the local hub.
import path from 'node:path';
import { watch as watchFiles } from 'chokidar';
import { hasErrors } from '../manifest/diagnostics.js';
import { loadLimits, manifestPaths } from '../manifest/config.js';
import { openStore } from '../state/open-store.js';
import type { HubRecord } from '../state/types.js';
import { acquireApplyLock } from '../engine/apply-lock.js';
import { commandContext, sealedCheckOptions, type GlobalOptions } from './context.js';
import { executeApply } from './apply.js';
import { keyPaths } from './key-paths.js';
import { loadKeys, planAgainst, type PlanResult } from './plan-session.js';
import { UserError } from './user-error.js';
import { WatchController, type CycleOutcome } from './watch/controller.js';
import { ManifestCache } from './watch/manifest-cache.js';
import { renderCycle } from './watch/render-cycle.js';
import type { SecretKeys } from '../engine/secret-keys.js';
import type { PlanMemo } from '../engine/plan.js';

export interface WatchOptions extends GlobalOptions {
  readonly apply?: boolean;
  readonly allowRemote?: boolean;
  readonly backend?: string;
  readonly debounce?: string;
  readonly skipConnectionTests?: boolean;
}

export async function runWatch(paths: string[], options: WatchOptions): Promise<number> {
  let ctx = await commandContext(options);
  const backend = options.backend ?? ctx.resolved.config.backend ?? 'file:.secwire/hub.db';
  if (options.apply && !backend.startsWith('file:') && !options.allowRemote) {
    throw new UserError(`watch --apply would write to the remote backend ${backend}`, 'watch applies to the local hub only; pass --allow-remote if you really mean it');
  }
  const store = await openStore(backend, { cwd: ctx.resolved.dir });
  let keys: SecretKeys = await loadKeys(keyPaths(ctx.resolved), Boolean(options.apply));
  const cache = new ManifestCache(manifestPaths(paths, ctx.resolved, ctx.cwd), loadLimits(ctx.resolved.config), await sealedCheckOptions(ctx));
  let cached: { actual: HubRecord[]; serial: number; memo: PlanMemo } | undefined;
  const memo: PlanMemo = new WeakMap();
  let lastPlan: PlanResult | undefined;
  let lastSet: CycleOutcome['set'] | undefined;
  let lockId: string | undefined;
  const { term } = ctx;
  const live = term.isTTY;

  const watched = () => [...manifestPaths(paths, ctx.resolved, ctx.cwd), ...(ctx.resolved.file ? [ctx.resolved.file] : []), keyPaths(ctx.resolved).pubPath];
  const configFiles = new Set([ctx.resolved.file, keyPaths(ctx.resolved).pubPath].filter((f): f is string => Boolean(f)).map((f) => path.resolve(f)));

  const applyNow = async (result: PlanResult) => {
    const { plan } = result;
    if (!plan.applyable || plan.summary.add + plan.summary.change + plan.summary.destroy === 0) return 'nothing to apply';
    if (!keys.hubKey) keys = await loadKeys(keyPaths(ctx.resolved), true); // `a` without --apply: keys were not needed yet
    lockId = (await acquireApplyLock(store, `watch:${process.pid}`, 5000, (m) => term.err(`Warning: ${m}\n`))).id;
    try {
      const results = await executeApply(ctx, { ...result, store, keys, set: lastSet! }, { skipConnectionTests: options.skipConnectionTests === true }, (m) => term.err(`Warning: ${m}\n`));
      const failed = results.filter((r) => !r.ok);
      if (!failed.length) return `applied ${results.length} change(s)`;
      return `applied ${results.length - failed.length} change(s), ${failed.length} failed (${failed[0]!.name}: ${failed[0]!.error}${failed.length > 1 ? ', …' : ''})`;
    } finally {
      await store.unlock(lockId).catch(() => undefined);
      lockId = undefined;
    }
  };

  const controller = new WatchController(
    {
      async cycle(changed, relist, reloadConfig) {
        if (reloadConfig) {
          ctx = await commandContext(options, term);
          keys = await loadKeys(keyPaths(ctx.resolved), Boolean(options.apply));
          cache.reset(manifestPaths(paths, ctx.resolved, ctx.cwd), loadLimits(ctx.resolved.config), await sealedCheckOptions(ctx));
        }
        const set = await cache.refresh(changed, relist || reloadConfig);
        lastSet = set;
        if (hasErrors(set.diagnostics)) return { set };
        const result = await planAgainst(ctx, set, store, keys, {}, cached ?? { actual: [], serial: -1, memo });
        cached = { actual: result.actual, serial: result.serial, memo };
        lastPlan = result;
        return { set, plan: result.plan };
      },
      async show(outcome, durationMs) {
        let note: string | undefined;
        if (options.apply && outcome.plan && lastPlan) note = await applyNow(lastPlan);
        const view = renderCycle({ files: outcome.set.files.length, integrations: outcome.set.integrations.length, diagnostics: outcome.set.diagnostics, ...(outcome.plan ? { plan: outcome.plan } : {}), durationMs, ...(note ? { note } : {}) }, term);
        term.out(live ? `\x1b[2J\x1b[H${view}\n${term.style('dim', 'a apply · p re-plan · q quit')}\n` : `${view}\n`);
      },
    },
    Number(options.debounce ?? 50),
    configFiles,
  );

  const watcher = watchFiles(watched(), {
    ignoreInitial: true,
    ignored: (file, stats) => Boolean(stats?.isFile() && !/\.ya?ml$/i.test(file) && !configFiles.has(path.resolve(file))),
  });
  watcher.on('all', (event, file) => controller.notify(event, String(file)));
  watcher.on('error', (error) => term.err(`watch error: ${(error as Error).message}\n`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  await controller.trigger(true);
  if (!live) term.out(`Watching ${watched().length} path(s) for changes (Ctrl-C to stop).\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (code: number) => {
      if (stopping) return;
      stopping = true;
      await watcher.close();
      if (lockId) await store.unlock(lockId).catch(() => undefined);
      await store.close();
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
      resolve(code);
    };
    process.once('SIGINT', () => void stop(0));
    process.once('SIGTERM', () => void stop(0));
    if (process.stdin.isTTY) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (key: string) => {
        if (key === 'q' || key === '\u0003') void stop(0);
        else if (key === 'p') void controller.trigger();
        else if (key === 'a' && lastPlan && lastSet && !hasErrors(lastSet.diagnostics)) {
          void applyNow(lastPlan).then((note) => term.out(`${note}\n`)).then(() => controller.trigger());
        }
      });
    }
  });
}
