// `secwire gate` over a 100,000-result SARIF file (~60 MB) against a floor measured in the same run: a bare script
// that reads the same file and JSON.parses it. Targets: at most 2x the floor's wall time, peak RSS under 1 GiB.
// Runs alternate (gate, floor, gate, …) and the fastest of each counts. Peak memory (and CPU time) come from
// /usr/bin/time -v when it exists, else peak memory from process.resourceUsage().maxRSS in a preload.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectExit, type ProcessRun } from '../lib/timing.js';
import type { BenchModule } from '../lib/types.js';

const RESULTS = 100_000;
const RULES = 400;
const FILES = 2_500;
const RUNS = 5;
const TARGET_RATIO = 2;
const GIB = 1024 * 1024 * 1024;
const TIME = '/usr/bin/time';

interface MeasuredRun extends ProcessRun {
  /** Peak resident set size of the measured node process, in bytes. */
  readonly maxRss: number;
  /** User + system CPU time of the measured node process, in ms (less sensitive to a busy machine than wall time). */
  readonly cpuMs: number | undefined;
}

const LEVELS = ['error', 'warning', 'note'] as const;
const CWES = ['CWE-79', 'CWE-89', 'CWE-22', 'CWE-78', 'CWE-798', 'CWE-327', 'CWE-502', 'CWE-918'];

function rule(i: number): Record<string, unknown> {
  const withScore = i % 3 !== 0;
  return {
    id: `bench.rules.lang.security.rule-${i}`,
    name: `BenchRule${i}`,
    shortDescription: { text: `Synthetic security rule ${i}: untrusted input reaches a sensitive sink` },
    fullDescription: { text: `Rule ${i} reports data flows from request parameters into a sink without validation or encoding.` },
    defaultConfiguration: { level: LEVELS[i % LEVELS.length] },
    properties: {
      tags: ['security', `external/cwe/${CWES[i % CWES.length]!.toLowerCase()}`],
      ...(withScore ? { 'security-severity': ((i * 37) % 100 / 10).toFixed(1) } : {}),
    },
  };
}

function result(i: number): string {
  const r = i % RULES;
  const file = `services/svc-${i % 50}/src/module-${i % FILES}/handler_${i % 97}.ts`;
  const line = 10 + (i % 900);
  const value: Record<string, unknown> = {
    ruleId: `bench.rules.lang.security.rule-${r}`,
    ruleIndex: r,
    ...(i % 5 === 0 ? { level: LEVELS[(i >> 3) % LEVELS.length] } : {}),
    message: {
      text: `Untrusted value from request.query.p${i % 13} flows into sink call #${i} without sanitization; validate or encode it first. The value reaches the sink through ${2 + (i % 5)} intermediate assignments.`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
          region: { startLine: line, startColumn: 5 + (i % 40), endLine: line + (i % 3), endColumn: 60, snippet: { text: `    const out = sink(req.query.p${i % 13}, opts_${i % 7}); // reached from handler ${i % 97}` } },
        },
      },
    ],
    ...(i % 2 === 0 ? { partialFingerprints: { primaryLocationLineHash: `${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}${i.toString(16).padStart(8, '0')}:1` } } : {}),
  };
  return JSON.stringify(value);
}

/** Writes the SARIF log in chunks; returns its size in bytes. */
async function writeSarif(file: string): Promise<number> {
  const handle = await open(file, 'w');
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    await handle.write(text);
  };
  try {
    const rules = Array.from({ length: RULES }, (_, i) => rule(i));
    await write(`{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"BenchSAST","semanticVersion":"1.0.0","rules":${JSON.stringify(rules)}}},"results":[\n`);
    let chunk = '';
    for (let i = 0; i < RESULTS; i++) {
      chunk += (i ? ',\n' : '') + result(i);
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(`${chunk}\n]}]}\n`);
  } finally {
    await handle.close();
  }
  return bytes;
}

const MANIFESTS = `apiVersion: secwire/v1
kind: Integration
metadata: { name: repo }
spec:
  type: github
  auth: { token: { env: GH_TOKEN } }
  config: { owner: bench }
  ci:
    branches: [main, "release/*"]
    gate: { block: [critical, high], warn: [medium] }
---
apiVersion: secwire/v1
kind: Integration
metadata: { name: sast }
spec:
  type: sarif
  import_severity_threshold: low
`;

/** The floor: read the file and JSON.parse it, nothing else; prints the result count so it cannot be skipped. */
const FLOOR = `const t=require('fs').readFileSync(process.argv[1],'utf8');const l=JSON.parse(t);process.stdout.write(String(l.runs[0].results.length)+'\\n');`;

/** Preload that reports the process's own peak RSS on exit (used when /usr/bin/time is missing). */
const RSS_PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs `node …args`: wall time from spawn to exit, and the child's peak RSS. */
function measureNode(args: readonly string[], cwd: string): Promise<MeasuredRun> {
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, ['-v', process.execPath, ...args]] as const : [process.execPath, ['--import', RSS_PRELOAD, ...args]] as const;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd, env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_BASE_REF: '', GITHUB_REF_NAME: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : /maxrss_kb=(\d+)/.exec(stderr)?.[1];
      if (kb === undefined) return reject(new Error(`no peak memory figure in the output of node ${args.join(' ')}:\n${stderr.slice(-2000)}`));
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
      const cpuMs = user !== undefined && sys !== undefined ? (Number(user) + Number(sys)) * 1000 : undefined;
      // /usr/bin/time reports the exit status of the command as its own.
      resolve({ ms, code, stdout, stderr, maxRss: Number(kb) * 1024, cpuMs });
    });
  });
}

const fastest = (runs: readonly MeasuredRun[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export const gateBench: BenchModule = {
  name: 'gate',
  description: `secwire gate on a ${RESULTS.toLocaleString('en')}-result SARIF file vs a bare JSON.parse of it`,
  async run({ root, tmp, log }) {
    const sarif = path.join(tmp, 'big.sarif');
    const bytes = await writeSarif(sarif);
    await mkdir(path.join(tmp, 'manifests'), { recursive: true });
    await writeFile(path.join(tmp, 'manifests', 'ci.yaml'), MANIFESTS);
    log(`gate: wrote ${RESULTS} results (${mib(bytes)}) to ${sarif}; memory from ${existsSync(TIME) ? `${TIME} -v` : 'process.resourceUsage() in a preload'}`);

    const cliArgs = [path.join(root, 'bin', 'secwire.js'), 'gate', 'manifests', '--findings', sarif, '--branch', 'main'];
    const checkCli = (run: MeasuredRun) => {
      expectExit(1, 'secwire gate')(run); // the synthetic findings include high and critical ones: blocked
      if (!run.stdout.includes(`sarif, ${RESULTS} findings`)) throw new Error(`secwire gate did not read every result:\n${run.stdout.slice(0, 2000)}`);
    };
    const checkFloor = (run: MeasuredRun) => {
      expectExit(0, 'floor')(run);
      if (run.stdout.trim() !== String(RESULTS)) throw new Error(`floor parsed ${run.stdout.trim()} results`);
    };
    // Interleaved (after one untimed warm-up each), so a busy spell on the machine hits both sides alike.
    const cliRuns: MeasuredRun[] = [];
    const floorRuns: MeasuredRun[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const c = await measureNode(cliArgs, tmp);
      checkCli(c);
      const f = await measureNode(['-e', FLOOR, sarif], tmp);
      checkFloor(f);
      if (i === 0) continue;
      cliRuns.push(c);
      floorRuns.push(f);
    }
    const cli = fastest(cliRuns);
    const floor = fastest(floorRuns);
    const cpu = (runs: MeasuredRun[]) => Math.min(...runs.map((r) => r.cpuMs ?? Number.POSITIVE_INFINITY));
    log(`gate: secwire best of ${RUNS}: ${cli.ms.toFixed(0)} ms, peak RSS ${mib(cli.maxRss)}`);
    log(`gate: floor best of ${RUNS}: ${floor.ms.toFixed(0)} ms, peak RSS ${mib(floor.maxRss)}`);
    const cpuRatio = cpu(cliRuns) / cpu(floorRuns);

    return [
      { bench: 'gate', metric: `secwire gate, ${RESULTS} SARIF results (${mib(bytes)})`, value: cli.ms, unit: 'ms', note: `best of ${RUNS}, wall; peak RSS ${mib(cli.maxRss)}` },
      { bench: 'gate', metric: 'floor: read + JSON.parse', value: floor.ms, unit: 'ms', note: `best of ${RUNS}, wall; peak RSS ${mib(floor.maxRss)}` },
      { bench: 'gate', metric: 'ratio secwire / floor', value: cli.ms / floor.ms, unit: 'x', target: TARGET_RATIO },
      { bench: 'gate', metric: 'peak RSS / 1 GiB', value: cli.maxRss / GIB, unit: 'x', target: 1, note: mib(cli.maxRss) },
      ...(Number.isFinite(cpuRatio)
        ? [{ bench: 'gate', metric: 'ratio of CPU time (user + sys)', value: cpuRatio, unit: 'x' as const, note: `best of ${RUNS}: ${cpu(cliRuns).toFixed(0)} / ${cpu(floorRuns).toFixed(0)} ms; steadier than wall time on a busy machine` }]
        : []),
    ];
  },
};
