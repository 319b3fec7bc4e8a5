// `secwire plan` of 10,000 integrations against a hub holding 10,000 records, a tenth of them changed there,
// beside the validate floor (bare yaml parse + one ajv validator over the same files).
import path from 'node:path';
import { timeNodeWithMemory } from '../lib/peak-memory.js';
import { seedHub } from '../lib/seed-hub.js';
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
    const records = await seedHub(treeDir, tmp, 10);
    log(`plan: hub seeded with ${records} records`);

    const expected = `Plan: 0 to add, ${Math.ceil(records / 10)} to change, 0 to destroy.`;
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
      { bench: 'plan', metric: `secwire plan, ${tree.integrations} docs vs ${records} records`, value: cli.ms, unit: 'ms', note: `best of ${RUNS}; peak RSS ${cli.peakMiB?.toFixed(0) ?? 'n/a'} MiB` },
      { bench: 'plan', metric: 'validate floor (yaml + 1 ajv)', value: floor.ms, unit: 'ms', note: 'same files' },
      { bench: 'plan', metric: 'ratio plan / validate floor', value: cli.ms / floor.ms, unit: 'x' },
    ];
  },
};
