// Fills a hub store with the records a tree would have after apply, every Nth one changed in the hub (drift).
import path from 'node:path';
import '../../src/connectors/index.js';
import { desiredRecords } from '../../src/engine/desired.js';
import { asApplied } from '../../src/engine/as-applied.js';
import { loadManifests } from '../../src/manifest/load-manifests.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubRecord } from '../../src/state/types.js';

/** Writes `hub.db` in `dir`; returns the number of records. */
export async function seedHub(treeDir: string, dir: string, changeEvery: number): Promise<number> {
  const set = await loadManifests([treeDir]);
  const records = desiredRecords(set.integrations).map((want, i): HubRecord => {
    const record = asApplied(want);
    return i % changeEvery === 0 ? { ...record, metadata: { ...record.metadata, labels: { ...record.metadata.labels, tier: 'changed' } } } : record;
  });
  const store = await openStore(`file:${path.join(dir, 'hub.db')}`, { cwd: dir });
  await store.write({ put: records });
  await store.close();
  return records.length;
}
