// Vitest global setup: the CLI tests run bin/secwire.js, which loads dist/, so build once before the suite.
// SECWIRE_SKIP_BUILD=1 skips it (when dist/ is known to be fresh, e.g. right after `npm run build`).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  if (process.env.SECWIRE_SKIP_BUILD === '1') return;
  const root = path.join(import.meta.dirname, '..');
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed before the tests:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
