// Wall-clock timing of child processes: best of N, since the minimum is the least noisy estimate of the cost.
import { spawn } from 'node:child_process';

export interface ProcessRun {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node …args` and measures its wall time, from spawn to exit. */
export function timeNode(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stdout, stderr }));
  });
}

/** Runs `measure` `times` times (after one untimed warm-up for the file cache) and keeps the fastest. */
export async function bestOf<T extends { ms: number }>(times: number, measure: () => Promise<T>, check?: (run: T) => void): Promise<T> {
  const warm = await measure();
  check?.(warm);
  let best: T | undefined;
  for (let i = 0; i < times; i++) {
    const run = await measure();
    check?.(run);
    if (!best || run.ms < best.ms) best = run;
  }
  return best!;
}

export function expectExit(expected: number, what: string) {
  return (run: ProcessRun): void => {
    if (run.code !== expected) {
      throw new Error(`${what} exited ${run.code}, expected ${expected}:\n${run.stdout}${run.stderr}`.slice(0, 4000));
    }
  };
}
