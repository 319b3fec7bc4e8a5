// `npm run bench [-- NAME…] [--no-build] [--keep] [--strict]`: builds dist/, runs the bench modules, prints a table
// and writes bench/.out/results.json. Add a bench: a module in bench/benches/ and one entry in BENCHES.
//   NAME…       run only these benches (default: all)
//   --no-build  use dist/ as it is
//   --keep      keep the generated inputs (their directory is printed)
//   --strict    exit 1 when a target is missed
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyBench } from './benches/apply.js';
import { planBench } from './benches/plan.js';
import { gateBench } from './benches/gate.js';
import { startupBench } from './benches/startup.js';
import { validateBench } from './benches/validate.js';
import { watchBench } from './benches/watch.js';
import { meetsTarget, renderTable } from './lib/report.js';
import type { BenchModule, BenchRow } from './lib/types.js';

const BENCHES: readonly BenchModule[] = [startupBench, validateBench, planBench, applyBench, watchBench, gateBench];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const names = args.filter((a) => !a.startsWith('--'));
const log = (line: string) => process.stderr.write(`${line}\n`);

const unknown = names.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length) {
  log(`unknown bench: ${unknown.join(', ')}; available: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length ? BENCHES.filter((b) => names.includes(b.name)) : BENCHES;

if (!flags.has('--no-build')) {
  log('building dist/ (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

const rows: BenchRow[] = [];
for (const bench of selected) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `secwire-bench-${bench.name}-`));
  log(`${bench.name}: ${bench.description}`);
  try {
    rows.push(...(await bench.run({ root, tmp, log })));
  } finally {
    if (flags.has('--keep')) log(`${bench.name}: inputs kept in ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

process.stdout.write(`\n${renderTable(rows)}\n`);
const outDir = path.join(root, 'bench', '.out');
await mkdir(outDir, { recursive: true });
await writeFile(
  path.join(outDir, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, rows }, null, 2)}\n`,
);
const missed = rows.filter((r) => meetsTarget(r) === false);
if (missed.length) {
  log(`\n${missed.length} target(s) missed: ${missed.map((r) => r.metric).join('; ')}`);
  if (flags.has('--strict')) process.exit(1);
}
