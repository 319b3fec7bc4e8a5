// The executor: applies a plan's changes in reference order through a bounded queue, one atomic store write each.
import PQueue from 'p-queue';
import { redactor } from '../secrets/redactor.js';
import type { HubStore } from '../state/types.js';
import { applyWaves } from './apply-order.js';
import { buildRecord } from './build-record.js';
import type { ConnectionTester, MappingChecker } from './connection-tester.js';
import { MappingError } from './mapping-error.js';
import { resolveCredentials } from './credentials.js';
import type { DesiredRecord } from './desired.js';
import type { SecretComparer } from './plan.js';
import type { Plan, ResourceChange } from './plan-types.js';
import type { SecretKeys } from './secret-keys.js';

export interface ChangeResult {
  readonly name: string;
  readonly action: ResourceChange['action'];
  readonly ok: boolean;
  readonly error?: string;
  readonly hint?: string;
  readonly durationMs: number;
  /** 'skipped' when the type has no connection test or tests were turned off. */
  readonly test?: 'ok' | 'skipped';
  readonly warnings?: readonly string[];
}

export interface ApplyOptions {
  readonly store: HubStore;
  readonly desired: readonly DesiredRecord[];
  readonly keys: SecretKeys;
  readonly compare: SecretComparer;
  readonly actor: string;
  readonly planHash: string;
  readonly parallelism?: number;
  /** Tests each connection before writing; absent means connection tests are skipped. */
  readonly testConnection?: ConnectionTester;
  /** Checks ticket mappings against the live instance before writing (itsm types that can). */
  readonly checkMappings?: MappingChecker;
  /** Where a manifest path of an integration is (file:line:column), for messages. */
  readonly locate?: (name: string, path: string) => string | undefined;
  readonly onStart?: (change: ResourceChange) => void;
  readonly onDone?: (change: ResourceChange, result: ChangeResult) => void;
}

export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<ChangeResult[]> {
  const desired = new Map(options.desired.map((d) => [d.name, d]));
  const results: ChangeResult[] = [];
  const queue = new PQueue({ concurrency: options.parallelism ?? 10 });
  for (const wave of applyWaves(plan.changes, desired)) {
    await queue.addAll(wave.map((change) => async () => {
      options.onStart?.(change);
      const result = await applyOne(change, desired.get(change.name), options);
      results.push(result);
      options.onDone?.(change, result);
    }));
  }
  return results.sort((a, b) => (a.name < b.name ? -1 : 1));
}

async function applyOne(change: ResourceChange, want: DesiredRecord | undefined, options: ApplyOptions): Promise<ChangeResult> {
  const started = performance.now();
  const audit = (ok: boolean, error?: string) => ({
    at: new Date().toISOString(),
    actor: options.actor,
    kind: 'apply' as const,
    plan_hash: options.planHash,
    data: { name: change.name, type: change.type, action: change.action, posture: change.posture, ok, ...(error ? { error } : {}) },
  });
  try {
    if (change.action === 'delete') {
      await options.store.write({ delete: [change.name], audit: audit(true) });
      return { name: change.name, action: change.action, ok: true, durationMs: performance.now() - started };
    }
    const have = await options.store.get(change.name);
    const credentials = await resolveCredentials(want!, have, options.keys, options.compare);
    try {
      const test = options.testConnection ? await options.testConnection(want!, credentials.values) : undefined;
      if (test && !test.ok) throw new Error(`connection test failed${test.warnings.length ? `: ${test.warnings.join('; ')}` : ''}`);
      const problems = options.checkMappings ? await options.checkMappings(want!, credentials.values) : undefined;
      if (problems?.length) throw new MappingError(change.name, problems, options.locate);
      const record = await buildRecord(want!, have, credentials, options.keys, test, new Date().toISOString());
      await options.store.write({ put: [record], audit: audit(true) });
      return {
        name: change.name,
        action: change.action,
        ok: true,
        durationMs: performance.now() - started,
        test: test ? 'ok' : 'skipped',
        ...(test?.warnings.length ? { warnings: test.warnings } : {}),
      };
    } finally {
      await credentials.wipe();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await options.store.appendAudit(audit(false, redactor.redact(message))).catch(() => undefined);
    const hint = (error as { hint?: string }).hint;
    return { name: change.name, action: change.action, ok: false, error: message, ...(hint ? { hint } : {}), durationMs: performance.now() - started };
  }
}
