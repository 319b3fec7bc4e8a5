// `secwire plan` of 10,000 integrations against a hub holding 10,000 records, a tenth of them changed there,
// beside the validate floor (bare yaml parse + one ajv validator over the same files).
import path from 'node:path';
import '../../src/connectors/index.js';
import { desiredRecords } from '../../src/engine/desired.js';
import { recordDigest } from '../../src/engine/record-digest.js';
import { loadManifests } from '../../src/manifest/load-manifests.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubRecord } from '../../src/state/types.js';
import { timeNodeWithMemory } from '../lib/peak-memory.js';
import { writeSyntheticTree } from '../lib/synthetic-tree.js';
import { bestOf, expectExit, timeNode } from '../lib/timing.js';
import type { BenchModule } from '../lib/types.js';

const SHAPE = { files: 200, docsPerFile: 50 };
const RUNS = 3;

export const planBench: BenchModule = {
  name: 'plan',
  description: 'secwire plan of 10,000 integrations against a hub of 10,000 (a tenth changed), with peak memory',
  async run({ root, tmp, log }) {
    const treeDir = path.join(tmp, 'manifests');
    const tree = await writeSyntheticTree(treeDir, SHAPE);
    const set = await loadManifests([treeDir]);
    const records = desiredRecords(set.integrations).map((want, i): HubRecord => {
      const secrets = Object.fromEntries(Object.entries(want.secrets).map(([p, s]) => [p, { ciphertext: 'ar1:bench', sealed_digest: s.digest, fingerprint: null, source: s.source }]));
      const base = { type: want.type, spec: want.spec, metadata: want.metadata, secrets };
      const record: HubRecord = {
        name: want.name, kind: 'Integration', archetype: want.archetype, ...base, managed: true, source_file: want.sourceFile,
        protect: false, created_at: 'bench', updated_at: 'bench', last_test: null, applied_digest: recordDigest(base),
      };
      // Every tenth record differs in the hub from its manifest.
      return i % 10 === 0 ? { ...record, metadata: { ...record.metadata, labels: { ...record.metadata.labels, tier: 'changed' } } } : record;
    });
    const store = await openStore('file:hub.db', { cwd: tmp });
    await store.write({ put: records });
    await store.close();
    log(`plan: hub seeded with ${records.length} records`);

    const expected = `Plan: 0 to add, ${Math.ceil(records.length / 10)} to change, 0 to destroy.`;
    const cli = await bestOf(RUNS, () => timeNodeWithMemory([path.join(root, 'bin/secwire.js'), 'plan', treeDir, '--backend', 'file:hub.db'], { cwd: tmp }), (run) => {
      expectExit(0, 'secwire plan')(run);
      if (!run.stdout.includes(expected)) throw new Error(`unexpected plan summary:\n${run.stdout.slice(-500)}`);
    });
    log(`plan: best of ${RUNS}: ${cli.ms.toFixed(0)} ms, peak ${cli.peakMiB?.toFixed(0) ?? '?'} MiB`);

    const floor = await bestOf(RUNS, async () => {
      const run = await timeNode([path.join(root, 'bench', 'floor-validate.mjs'), path.join(root, 'schemas', 'manifest.schema.json'), treeDir], { cwd: root });
      expectExit(0, 'floor')(run);
      return { ...run, ms: run.ms - (JSON.parse(run.stdout) as { compileMs: number }).compileMs };
    });
    return [
      { bench: 'plan', metric: `secwire plan, ${tree.integrations} docs vs ${records.length} records`, value: cli.ms, unit: 'ms', note: `best of ${RUNS}; peak RSS ${cli.peakMiB?.toFixed(0) ?? 'n/a'} MiB` },
      { bench: 'plan', metric: 'validate floor (yaml + 1 ajv)', value: floor.ms, unit: 'ms', note: 'same files' },
      { bench: 'plan', metric: 'ratio plan / validate floor', value: cli.ms / floor.ms, unit: 'x' },
    ];
  },
};
