// Runs the built CLI (bin/secwire.js → dist/) as a child process, as a user would.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.join(import.meta.dirname, '..', '..');
export const bin = path.join(projectRoot, 'bin', 'secwire.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `input` is written to stdin (for `secwire seal`); without it stdin is closed. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A stack frame line, as Node prints them: "    at fn (file:line:col)". */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
