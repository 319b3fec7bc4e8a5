// Runs one secwire CLI command in this process through main(argv), optionally capturing what it prints on stdout.
import { main } from '../cli/main.js';

export interface CliResult {
  readonly code: number;
  /** What the command printed on stdout (empty when not captured). */
  readonly stdout: string;
}

/**
 * `capture`: the command's stdout is collected instead of printed, for the commands whose machine-readable
 * output (plan --json, gate --format json) has no file option. stderr always reaches the job log.
 */
export async function runCli(args: readonly string[], capture: boolean): Promise<CliResult> {
  const argv = ['node', 'secwire', ...args];
  if (!capture) return { code: await main(argv), stdout: '' };
  const chunks: string[] = [];
  const stdout = process.stdout;
  const original = stdout.write;
  stdout.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof stdout.write;
  try {
    return { code: await main(argv), stdout: chunks.join('') };
  } finally {
    stdout.write = original;
  }
}
