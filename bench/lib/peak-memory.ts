// Wall time and peak resident memory of a child process, through GNU time when the machine has it.
import { existsSync } from 'node:fs';
import { timeNode, type ProcessRun } from './timing.js';

const GNU_TIME = '/usr/bin/time';

export interface MeasuredRun extends ProcessRun {
  /** Peak RSS in MiB, or undefined without GNU time. */
  readonly peakMiB: number | undefined;
}

export async function timeNodeWithMemory(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  if (!existsSync(GNU_TIME)) return { ...(await timeNode(args, options)), peakMiB: undefined };
  // GNU time wraps node: its report goes to a file descriptor of its own so stderr stays the program's.
  const run = await timeNode(['-e', wrapper, GNU_TIME, process.execPath, ...args], options);
  const match = /PEAK_KB=(\d+)/.exec(run.stderr);
  return { ...run, stderr: run.stderr.replace(/PEAK_KB=\d+\n?/, ''), peakMiB: match ? Number(match[1]) / 1024 : undefined };
}

// A tiny node script that runs `time -f PEAK_KB=%M CMD…` and forwards its exit code and output.
const wrapper = `
const { spawnSync } = require('node:child_process');
const [time, ...cmd] = process.argv.slice(1);
const r = spawnSync(time, ['-f', 'PEAK_KB=%M', ...cmd], { stdio: 'inherit' });
process.exit(r.status ?? 1);
`;
