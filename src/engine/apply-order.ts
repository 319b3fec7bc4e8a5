// Orders changes by reference: an integration's auto_scan targets are written before it, and deleted after it.
import type { DesiredRecord } from './desired.js';
import type { ResourceChange } from './plan-types.js';

/** Waves of changes; each wave may run in parallel, waves run in order. */
export function applyWaves(changes: readonly ResourceChange[], desired: ReadonlyMap<string, DesiredRecord>): ResourceChange[][] {
  const active = changes.filter((c) => c.action !== 'no-op' && !c.blocked);
  const referrer = (c: ResourceChange) => ((desired.get(c.name)?.spec.ci as { auto_scan?: string[] } | undefined)?.auto_scan?.length ?? 0) > 0;
  const writes = active.filter((c) => c.action !== 'delete');
  const deletes = active.filter((c) => c.action === 'delete');
  // Deleted records are not in the manifests, so who referred to them is unknown: delete after all writes.
  return [writes.filter((c) => !referrer(c)), writes.filter(referrer), deletes].filter((wave) => wave.length > 0);
}
