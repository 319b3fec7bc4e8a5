// The planner: a pure function from desired and actual state to a Plan. No I/O.
import type { HubRecord } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import { deepEqual, diffValues } from './diff-values.js';
import type { FieldChange, Plan, ResourceChange } from './plan-types.js';
import { classifyField, combinePosture } from './posture.js';
import { recordDigest } from './record-digest.js';

/** How a secret compares: 'same' and 'changed' are known; 'unknown' when neither digest nor fingerprint can tell. */
export type SecretComparison = 'same' | 'changed' | 'unknown';
export type SecretComparer = (desired: DesiredRecord, path: string, actual: HubRecord) => SecretComparison;

export interface PlanOptions {
  /** Limit the plan to these names (and leave everything else alone). */
  readonly targets?: readonly string[];
  readonly compareSecret?: SecretComparer;
  /** Share of managed records (percent) a plan may delete without allowMassDelete; default 30. */
  readonly maxDeletePercent?: number;
  readonly allowMassDelete?: boolean;
  /**
   * Keeps each compared pair's result, for callers that plan again and again (watch). Valid while desired and
   * actual records are reused as objects only when unchanged, which desiredRecords and a serial-keyed cache ensure.
   */
  readonly memo?: PlanMemo;
}

export type PlanMemo = WeakMap<DesiredRecord, { readonly have: HubRecord; readonly change: ResourceChange }>;

/** Without a key, a secret is the same when the sealed value (or env name) is byte-identical. */
export const compareByDigest: SecretComparer = (desired, path, actual) =>
  desired.secrets[path]!.digest === actual.secrets[path]?.sealed_digest ? 'same' : 'changed';

export function plan(desired: readonly DesiredRecord[], actual: readonly HubRecord[], options: PlanOptions = {}): Plan {
  const targets = options.targets?.length ? new Set(options.targets) : undefined;
  const inScope = (name: string) => !targets || targets.has(name);
  const compare = options.compareSecret ?? compareByDigest;
  const actualByName = new Map(actual.map((r) => [r.name, r]));
  const desiredNames = new Set(desired.map((d) => d.name));
  const changes: ResourceChange[] = [];
  for (const want of desired) {
    if (!inScope(want.name)) continue;
    const have = actualByName.get(want.name);
    if (!have) {
      changes.push(createChange(want));
      continue;
    }
    const known = options.memo?.get(want);
    if (known && known.have === have) {
      changes.push(known.change);
      continue;
    }
    const change = compareRecord(want, have, compare);
    options.memo?.set(want, { have, change });
    changes.push(change);
  }
  const unmanaged: string[] = [];
  for (const have of actual) {
    if (desiredNames.has(have.name)) continue;
    if (!have.managed) {
      unmanaged.push(have.name);
      continue;
    }
    if (inScope(have.name)) changes.push(deleteChange(have));
  }
  changes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return finish(changes, unmanaged, actual, options);
}

function createChange(want: DesiredRecord): ResourceChange {
  const fields: FieldChange[] = [
    ...diffValues(undefined, { spec: want.spec, metadata: want.metadata }, '').flatMap((d) => flatten(d.after, d.path)),
    ...Object.keys(want.secrets).sort().map((path): FieldChange => ({ path: `secrets.${path}`, sensitive: 'sensitive', posture: 'neutral' })),
  ];
  return { name: want.name, type: want.type, action: 'create', reason: 'declared in the manifests, not in the hub', fields, posture: 'neutral', drift: false, sourceFile: want.sourceFile };
}

function deleteChange(have: HubRecord): ResourceChange {
  const loosens = have.archetype === 'itsm' || have.archetype === 'asset_source';
  return {
    name: have.name,
    type: have.type,
    action: 'delete',
    reason: have.source_file ? `managed by secwire and no longer declared (was in ${have.source_file})` : 'managed by secwire and no longer declared',
    fields: [],
    posture: loosens ? 'loosening' : 'neutral',
    drift: false,
    ...(have.protect ? { blocked: `\`${have.name}\` is protected (secwire/protect); apply it with the annotation set to "false" first, then delete it` } : {}),
  };
}

function compareRecord(want: DesiredRecord, have: HubRecord, compare: SecretComparer): ResourceChange {
  const fields: FieldChange[] = [];
  for (const d of diffValues({ spec: have.spec, metadata: have.metadata }, { spec: want.spec, metadata: want.metadata }, '')) {
    const verdict = classifyField(d.path, d.before, d.after);
    fields.push({ ...d, posture: verdict.posture, ...(verdict.reason ? { postureReason: verdict.reason } : {}) });
  }
  if (have.type !== want.type) fields.unshift({ path: 'type', before: have.type, after: want.type, posture: 'neutral' });
  const secretPaths = [...new Set([...Object.keys(want.secrets), ...Object.keys(have.secrets)])].sort();
  let unknown = false;
  for (const path of secretPaths) {
    if (!want.secrets[path]) {
      fields.push({ path: `secrets.${path}`, sensitive: 'sensitive', before: '(sensitive)', posture: 'neutral' });
      continue;
    }
    if (!have.secrets[path]) {
      fields.push({ path: `secrets.${path}`, sensitive: 'sensitive', after: '(sensitive)', posture: 'neutral' });
      continue;
    }
    const result = compare(want, path, have);
    if (result === 'changed') fields.push({ path: `secrets.${path}`, sensitive: 'sensitive value changed', posture: 'neutral' });
    if (result === 'unknown') unknown = true;
  }
  const drift = have.applied_digest !== null && have.applied_digest !== recordDigest(have);
  const adopt = !have.managed;
  // Moving a document to another file is not a change of the hub: source_file is refreshed on the next real write.
  if (!fields.length && !adopt && have.protect === want.protect) {
    return { name: want.name, type: want.type, action: 'no-op', reason: unknown ? 'unchanged (secrets not compared: no key)' : 'unchanged', fields, posture: 'neutral', drift: false, sourceFile: want.sourceFile };
  }
  const reason = adopt
    ? 'declared in the manifests: the hub record will be adopted and managed'
    : drift
      ? 'changed in the hub outside secwire: apply restores the manifest'
      : fields.length
        ? 'the manifest differs from the hub'
        : 'protection changed (secwire/protect)';
  return { name: want.name, type: want.type, action: 'update', reason, fields, posture: combinePosture(fields.map((f) => f.posture)), drift, sourceFile: want.sourceFile };
}

function flatten(value: unknown, path: string): FieldChange[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.keys(value).sort().flatMap((k) => flatten((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [{ path, after: value, posture: 'neutral' }];
}

function finish(changes: ResourceChange[], unmanaged: string[], actual: readonly HubRecord[], options: PlanOptions): Plan {
  const count = (action: string) => changes.filter((c) => c.action === action).length;
  const blockers = changes.filter((c) => c.blocked).map((c) => c.blocked!);
  const managed = actual.filter((r) => r.managed).length;
  const deletes = count('delete');
  const maxPercent = options.maxDeletePercent ?? 30;
  if (!options.allowMassDelete && managed >= 10 && (deletes / managed) * 100 > maxPercent) {
    blockers.push(`this plan deletes ${deletes} of ${managed} managed records (${Math.round((deletes / managed) * 100)}%), above safety.max_delete_percent (${maxPercent}%); check the manifest paths, then pass --allow-mass-delete if it is intended`);
  }
  return {
    changes,
    unmanaged: unmanaged.sort(),
    summary: {
      add: count('create'),
      change: count('update'),
      destroy: deletes,
      unchanged: count('no-op'),
      unmanaged: unmanaged.length,
      loosening: changes.filter((c) => c.posture === 'loosening').length,
      tightening: changes.filter((c) => c.posture === 'tightening').length,
    },
    complete: !changes.some((c) => c.reason.includes('not compared')),
    applyable: blockers.length === 0,
    blockers,
  };
}

export { deepEqual };
