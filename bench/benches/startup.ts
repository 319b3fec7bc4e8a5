// Start-up costs a user feels on every run: `secwire --version` and `secwire validate examples`.
import path from 'node:path';
import { bestOf, expectExit, timeNode } from '../lib/timing.js';
import type { BenchModule } from '../lib/types.js';

const RUNS = 5;

export const startupBench: BenchModule = {
  name: 'startup',
  description: 'secwire --version and secwire validate examples, best of 5',
  async run({ root }) {
    const bin = path.join(root, 'bin', 'secwire.js');
    const version = await bestOf(RUNS, () => timeNode([bin, '--version'], { cwd: root }), expectExit(0, 'secwire --version'));
    const examples = await bestOf(RUNS, () => timeNode([bin, 'validate', 'examples'], { cwd: root }), expectExit(0, 'secwire validate examples'));
    const node = await bestOf(RUNS, () => timeNode(['-e', ''], { cwd: root }), expectExit(0, 'node -e ""'));
    return [
      { bench: 'startup', metric: 'secwire --version', value: version.ms, unit: 'ms', target: 150, note: `best of ${RUNS}` },
      { bench: 'startup', metric: 'secwire validate examples', value: examples.ms, unit: 'ms', target: 600, note: `best of ${RUNS}` },
      { bench: 'startup', metric: 'node -e "" (reference)', value: node.ms, unit: 'ms', note: `best of ${RUNS}` },
    ];
  },
};
