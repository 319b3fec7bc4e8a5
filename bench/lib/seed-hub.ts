// Fills a hub store with the records a tree would have after apply, every Nth one changed in the hub (drift).
import path from 'node:path';
import '../../src/connectors/index.js';
import { desiredRecords } from '../../src/engine/desired.js';
import { recordDigest } from '../../src/engine/record-digest.js';
import { loadManifests } from '../../src/manifest/load-manifests.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubRecord } from '../../src/state/types.js';

/** Writes `hub.db` in `dir`; returns the number of records. */
export async function seedHub(treeDir: string, dir: string, changeEvery: number): Promise<number> {
  const set = await loadManifests([treeDir]);
  const records = desiredRecords(set.integrations).map((want, i): HubRecord => {
    const secrets = Object.fromEntries(Object.entries(want.secrets).map(([p, s]) => [p, { ciphertext: 'ar1:bench', sealed_digest: s.digest, fingerprint: null, source: s.source }]));
    const base = { type: want.type, spec: want.spec, metadata: want.metadata, secrets };
    const record: HubRecord = {
      name: want.name, kind: 'Integration', archetype: want.archetype, ...base, managed: true, source_file: want.sourceFile,
      protect: false, created_at: 'bench', updated_at: 'bench', last_test: null, applied_digest: recordDigest(base),
    };
    return i % changeEvery === 0 ? { ...record, metadata: { ...record.metadata, labels: { ...record.metadata.labels, tier: 'changed' } } } : record;
  });
  const store = await openStore(`file:${path.join(dir, 'hub.db')}`, { cwd: dir });
  await store.write({ put: records });
  await store.close();
  return records.length;
}
