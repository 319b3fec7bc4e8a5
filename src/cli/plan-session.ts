// Everything plan and apply share: load and validate manifests, open the hub, read keys, compute the plan.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hasErrors } from '../manifest/diagnostics.js';
import type { ManifestSet } from '../manifest/load-manifests.js';
import { secretComparer as compareSecretsFor } from '../engine/compare-secrets.js';
import { desiredRecords, type DesiredRecord } from '../engine/desired.js';
import { canonicalJson } from '../engine/record-digest.js';
import { plan as computePlan, type PlanMemo, type SecretComparer } from '../engine/plan.js';
import type { Plan } from '../engine/plan-types.js';
import type { SecretKeys } from '../engine/secret-keys.js';
import { loadOrCreateHubKey, HUB_KEY_ENV } from '../secrets/hub-key.js';
import { loadKeyring, PRIVATE_KEY_ENV } from '../secrets/keyring.js';
import { openStore } from '../state/open-store.js';
import type { HubRecord, HubStore } from '../state/types.js';
import { loadManifestSet, type CommandContext } from './context.js';
import { keyPaths } from './key-paths.js';
import { renderDiagnosticsText } from './render-diagnostics.js';
import { UserError } from './user-error.js';

export interface PlanFlags {
  readonly backend?: string;
  readonly target?: string[];
  readonly allowMassDelete?: boolean;
}

export interface PlanSession {
  readonly set: ManifestSet;
  readonly desired: DesiredRecord[];
  readonly store: HubStore;
  readonly actual: HubRecord[];
  readonly lineage: string;
  readonly serial: number;
  readonly keys: SecretKeys;
  readonly compare: SecretComparer;
  readonly plan: Plan;
  readonly desiredHash: string;
}

/**
 * `needKeys`: apply must unseal and encrypt, so it loads (and may create) keys; plan only uses what exists.
 * `beforeRead` runs once the store is open and before its state is read: apply takes the lock there,
 * so the plan it shows and applies is made from state no one else can change meanwhile.
 */
export async function planSession(
  ctx: CommandContext,
  paths: readonly string[],
  flags: PlanFlags,
  needKeys: boolean,
  beforeRead?: (store: HubStore) => Promise<void>,
): Promise<PlanSession> {
  const kp = keyPaths(ctx.resolved);
  const set = await loadManifestSet(ctx, paths);
  if (set.diagnostics.length) ctx.term.err(`${renderDiagnosticsText(set.diagnostics, ctx.term)}\n\n`);
  if (hasErrors(set.diagnostics)) throw new UserError('the manifests are invalid; nothing was planned', 'fix the errors above (`secwire validate` lists them)');
  const store = await openStore(flags.backend ?? ctx.resolved.config.backend, { cwd: ctx.resolved.dir });
  try {
    await beforeRead?.(store);
    const keys = await loadKeys(kp, needKeys);
    return { set, store, keys, ...(await planAgainst(ctx, set, store, keys, flags)) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export type PlanResult = Omit<PlanSession, 'set' | 'store' | 'keys'>;

/** Plans a valid manifest set against an open store. `actual` may be passed in when the caller caches it by serial. */
export async function planAgainst(
  ctx: CommandContext,
  set: ManifestSet,
  store: HubStore,
  keys: SecretKeys,
  flags: PlanFlags,
  cached?: { actual: HubRecord[]; serial: number; memo?: PlanMemo },
): Promise<PlanResult> {
  const desired = desiredRecords(set.integrations);
  const serial = await store.serial();
  const actual = cached && cached.serial === serial ? cached.actual : await store.list();
  const lineage = await store.lineage();
  const compare = await compareSecretsFor(desired, actual, keys);
  const plan = computePlan(desired, actual, {
    ...(flags.target ? { targets: flags.target } : {}),
    compareSecret: compare,
    maxDeletePercent: ctx.resolved.config.safety?.max_delete_percent ?? 30,
    allowMassDelete: flags.allowMassDelete === true,
    ...(cached?.memo ? { memo: cached.memo } : {}),
  });
  let hash: string | undefined;
  return {
    desired,
    actual,
    lineage,
    serial,
    compare,
    plan,
    // Only saved plans and apply need it; watch re-plans on every save and must not pay for it.
    get desiredHash() {
      hash ??= createHash('sha256').update(canonicalJson(desired)).digest('hex');
      return hash;
    },
  };
}

/** Private keyring when present (plan compares plaintext fingerprints with it); hub key when present or needed. */
export async function loadKeys(kp: ReturnType<typeof keyPaths>, needKeys: boolean): Promise<SecretKeys> {
  const hasKeyring = Boolean(process.env[PRIVATE_KEY_ENV]) || existsSync(kp.keyPath);
  const hasHubKey = Boolean(process.env[HUB_KEY_ENV]) || existsSync(kp.hubKeyPath);
  const keyring = hasKeyring ? await loadKeyring({ path: kp.keyPath }) : undefined;
  const hubKey = needKeys || hasHubKey ? await loadOrCreateHubKey({ path: kp.hubKeyPath }) : undefined;
  return { ...(keyring ? { keyring } : {}), ...(hubKey ? { hubKey } : {}) };
}
