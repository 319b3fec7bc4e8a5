// `secwire validate` on 10,000 integrations in 200 files, against a floor measured in the same run:
// bare yaml parsing plus one compiled ajv validator over the same files. Target: at most 1.5 times the floor.
import path from 'node:path';
import { bestOf, expectExit, timeNode } from '../lib/timing.js';
import { writeSyntheticTree } from '../lib/synthetic-tree.js';
import type { BenchModule } from '../lib/types.js';

const SHAPE = { files: 200, docsPerFile: 50 };
const RUNS = 3;
const TARGET_RATIO = 1.5;

export const validateBench: BenchModule = {
  name: 'validate',
  description: `secwire validate on ${SHAPE.files * SHAPE.docsPerFile} integrations in ${SHAPE.files} files vs a yaml + ajv floor`,
  async run({ root, tmp, log }) {
    const treeDir = path.join(tmp, 'manifests');
    const tree = await writeSyntheticTree(treeDir, SHAPE);
    log(`validate: wrote ${tree.integrations} integrations in ${tree.files.length} files (${(tree.bytes / 1024 / 1024).toFixed(1)} MiB) to ${treeDir}`);

    // The CLI runs from the tree's own directory, as in a user's repository (no secwire.config.yaml there).
    const cli = await bestOf(RUNS, () => timeNode([path.join(root, 'bin', 'secwire.js'), 'validate', treeDir], { cwd: tmp }), (run) => {
      expectExit(0, 'secwire validate')(run);
      if (!run.stdout.includes(`${tree.integrations} integrations in ${tree.files.length} files are valid`)) {
        throw new Error(`secwire validate did not validate the whole tree:\n${run.stdout}`);
      }
    });
    log(`validate: secwire best of ${RUNS}: ${cli.ms.toFixed(0)} ms`);

    const floorRun = () =>
      timeNode([path.join(root, 'bench', 'floor-validate.mjs'), path.join(root, 'schemas', 'manifest.schema.json'), treeDir], { cwd: root }).then((run) => {
        expectExit(0, 'floor')(run);
        const out = JSON.parse(run.stdout) as { compileMs: number; docs: number; invalid: number };
        if (out.docs !== tree.integrations || out.invalid !== 0) throw new Error(`floor saw ${out.docs} documents, ${out.invalid} invalid`);
        return { ...run, compileMs: out.compileMs, ms: run.ms - out.compileMs };
      });
    const floor = await bestOf(RUNS, floorRun);
    log(`validate: floor best of ${RUNS}: ${floor.ms.toFixed(0)} ms (+ ${floor.compileMs.toFixed(0)} ms schema compile, excluded)`);

    return [
      { bench: 'validate', metric: `secwire validate, ${tree.integrations} docs / ${tree.files.length} files`, value: cli.ms, unit: 'ms', note: `best of ${RUNS}, wall` },
      { bench: 'validate', metric: 'floor: yaml parse + 1 ajv validator', value: floor.ms, unit: 'ms', note: `best of ${RUNS}, wall − compile (${floor.compileMs.toFixed(0)} ms)` },
      { bench: 'validate', metric: 'ratio secwire / floor', value: cli.ms / floor.ms, unit: 'x', target: TARGET_RATIO },
    ];
  },
};
