// `secwire gate` as a process, on real scanner output from the shared corpus: exit codes 0/1/2, counts checked
// against numbers computed here, GitHub annotations and job summary, Markdown, the events file and the audit log.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Severity } from '../../src/catalog/types.js';
import { openStore } from '../../src/state/index.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { corpus, GRYPE, NMAP, nmapOpenPorts, NUCLEI, nucleiCounts, SEMGREP, sarifCounts, sum, total, type Counts } from './corpus-expect.js';

/** Every CI variable the gate reads, unset, so the tests behave the same inside and outside CI. */
const NO_CI: NodeJS.ProcessEnv = Object.fromEntries(
  [
    'GITHUB_ACTIONS', 'GITHUB_BASE_REF', 'GITHUB_REF_NAME', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_ACTOR', 'GITHUB_EVENT_PATH',
    'GITHUB_STEP_SUMMARY', 'GITHUB_WORKSPACE', 'GITLAB_CI', 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME', 'CI_COMMIT_BRANCH', 'CI_PROJECT_PATH',
    'CI_COMMIT_SHA', 'CI_MERGE_REQUEST_IID', 'GITLAB_USER_LOGIN', 'BITBUCKET_BUILD_NUMBER', 'BITBUCKET_PR_DESTINATION_BRANCH',
    'BITBUCKET_BRANCH', 'BITBUCKET_REPO_FULL_NAME', 'BITBUCKET_COMMIT', 'BITBUCKET_PR_ID', 'BITBUCKET_STEP_TRIGGERER_UUID', 'TF_BUILD',
    'SYSTEM_PULLREQUEST_TARGETBRANCH', 'BUILD_SOURCEBRANCH', 'BUILD_SOURCEBRANCHNAME', 'BUILD_REPOSITORY_NAME', 'BUILD_SOURCEVERSION',
    'SYSTEM_PULLREQUEST_PULLREQUESTNUMBER', 'SYSTEM_PULLREQUEST_PULLREQUESTID', 'BUILD_REQUESTEDFOR',
  ].map((name) => [name, undefined]),
);

const REPO = `apiVersion: secwire/v1
kind: Integration
metadata: { name: repo }
spec:
  type: github
  auth: { token: { env: GH_TOKEN } }
  config: { owner: acme }
  ci:
    branches: [main, "release/*"]
    gate: { block: [critical, high], warn: [medium] }
`;
const SCANNERS = `apiVersion: secwire/v1
kind: Integration
metadata: { name: code }
spec:
  type: sarif
  import_severity_threshold: medium
---
apiVersion: secwire/v1
kind: Integration
metadata: { name: edge }
spec:
  type: nuclei
  import_severity_threshold: low
---
apiVersion: secwire/v1
kind: Integration
metadata: { name: discovery }
spec:
  type: nmap
  import_severity_threshold: info
`;
/** A second gate (no branch filter, blocks even info) for the nmap scenario; with REPO it makes the choice ambiguous. */
const LAB = `apiVersion: secwire/v1
kind: Integration
metadata: { name: lab }
spec:
  type: gitlab
  auth: { token: { env: GL_TOKEN } }
  ci:
    gate: { block: [critical, high, medium, low, info] }
`;

interface GateJson {
  format_version: string;
  status: 'success' | 'pending' | 'failure' | 'skipped';
  enforced: boolean;
  passed: boolean;
  reason: string;
  branch: { name?: string; matched?: boolean; pattern?: string; source?: string };
  counts: Record<Severity, { new: number; existing: number; fixed: number; below_threshold: number }>;
  totals: { new: number; existing: number; fixed: number; below_threshold: number };
  thresholds: { format: string; kind: string; integration?: string; threshold?: string; candidates?: string[] }[];
  blocking: { severity: Severity }[];
  warnings: { severity: Severity }[];
}

let tmp = '';
let manifests = '';
const semgrep = sarifCounts(SEMGREP);
const grype = sarifCounts(GRYPE);

async function gate(args: string[], env: NodeJS.ProcessEnv = {}, cwd = tmp) {
  return runCli(['gate', ...args], { cwd, env: { ...NO_CI, ...env } });
}

async function gateJson(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = await gate([...args, '--format', 'json'], env);
  return { ...r, json: JSON.parse(r.stdout) as GateJson };
}

const newCounts = (j: GateJson): Counts => Object.fromEntries(Object.entries(j.counts).map(([s, c]) => [s, c.new])) as Counts;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'secwire-gate-'));
  manifests = path.join(tmp, 'manifests');
  await mkdir(manifests);
  await writeFile(path.join(manifests, 'ci.yaml'), REPO);
  await writeFile(path.join(manifests, 'scanners.yaml'), SCANNERS);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('secwire gate: verdicts on real scanner output', () => {
  it('the corpus files have what the scenarios need', () => {
    expect(sum(semgrep, ['critical', 'high'])).toBeGreaterThan(0);
    expect(sum(grype, ['critical', 'high'])).toBeGreaterThan(0);
    expect(grype.low).toBeGreaterThan(0); // under the sarif threshold (medium)
    expect(nucleiCounts(NUCLEI).medium).toBeGreaterThan(0);
  });

  it('blocks (exit 1) a semgrep SARIF with critical and high findings, counting every severity as new', async () => {
    const { code, json, stderr } = await gateJson([manifests, '--findings', SEMGREP, '--branch', 'main']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(json).toMatchObject({ format_version: '1', status: 'failure', enforced: true, passed: false });
    expect(newCounts(json)).toEqual(semgrep);
    expect(json.blocking).toHaveLength(sum(semgrep, ['critical', 'high']));
    expect(json.warnings).toHaveLength(semgrep.medium);
    expect(json.thresholds).toEqual([{ format: 'sarif', kind: 'integration', integration: 'code', threshold: 'medium', by: 'format' }]);
  });

  it('passes (exit 0) when the same file is its own baseline: everything exists, nothing is new or fixed', async () => {
    const { code, json } = await gateJson([manifests, '--findings', SEMGREP, '--baseline', SEMGREP, '--branch', 'main']);
    expect(code).toBe(0);
    expect(json.status).toBe('success');
    expect(json.totals).toEqual({ new: 0, existing: total(semgrep), fixed: 0, below_threshold: 0 });
  });

  it('counts what the baseline had and the change removed as fixed', async () => {
    const { code, json } = await gateJson([manifests, '--findings', GRYPE, '--baseline', SEMGREP, '--baseline', GRYPE, '--branch', 'main']);
    expect(code).toBe(0);
    expect(json.totals).toEqual({ new: 0, existing: total(grype) - grype.low, fixed: total(semgrep), below_threshold: grype.low });
    for (const s of ['critical', 'high', 'medium'] as const) expect(json.counts[s].fixed).toBe(semgrep[s]);
  });

  it("applies the sarif scanner's import_severity_threshold (medium): grype's low findings are not considered", async () => {
    const { code, json } = await gateJson([manifests, '--findings', GRYPE, '--branch', 'release/1.2']);
    expect(code).toBe(1);
    expect(json.branch).toMatchObject({ name: 'release/1.2', matched: true, pattern: 'release/*' });
    expect(json.counts.low).toEqual({ new: 0, existing: 0, fixed: 0, below_threshold: grype.low });
    expect(newCounts(json)).toEqual({ ...grype, low: 0 });
    expect(json.blocking).toHaveLength(grype.critical + grype.high);
  });

  it('warns (exit 0, pending) on a nuclei file whose worst finding is medium; info is under the nuclei threshold', async () => {
    const nuclei = nucleiCounts(NUCLEI);
    const { code, json } = await gateJson([manifests, '--findings', NUCLEI, '--branch', 'main']);
    expect(code).toBe(0);
    expect(json.status).toBe('pending');
    expect(json.warnings).toHaveLength(nuclei.medium);
    expect(json.totals).toMatchObject({ new: nuclei.medium + nuclei.low, below_threshold: nuclei.info });
    expect(json.thresholds[0]).toMatchObject({ format: 'nuclei_jsonl', integration: 'edge', threshold: 'low' });
  });

  it('gates several files at once, each format under its own scanner threshold', async () => {
    const nuclei = nucleiCounts(NUCLEI);
    const { json } = await gateJson([manifests, '--findings', GRYPE, '--findings', NUCLEI, '--branch', 'main']);
    expect(json.totals.below_threshold).toBe(grype.low + nuclei.info);
    expect(json.thresholds.map((t) => t.format)).toEqual(['sarif', 'nuclei_jsonl']);
    const oneFlag = await gateJson([manifests, '--findings', GRYPE, NUCLEI, '--branch', 'main']);
    expect(oneFlag.json.totals).toEqual(json.totals);
  });

  it('blocks an nmap scan under a gate that blocks info, chosen with --integration', async () => {
    const dir = path.join(tmp, 'with-lab');
    await mkdir(dir);
    await writeFile(path.join(dir, 'all.yaml'), `${REPO}---\n${LAB}---\n${SCANNERS}`);
    const ambiguous = await gate([dir, '--findings', NMAP]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2 asset_source integrations have a ci block (`repo`, `lab`); which policy applies is ambiguous');
    expect(ambiguous.stderr).toContain('hint: pass --integration with one of `repo`, `lab`');
    const r = await gate([dir, '--findings', NMAP, '--integration', 'lab', '--format', 'json']);
    const json = JSON.parse(r.stdout) as GateJson;
    expect(r.code).toBe(1);
    expect(json.blocking).toHaveLength(nmapOpenPorts(NMAP));
    expect(json.branch.matched).toBe(true); // no ci.branches: every branch, even an unknown one
  });

  it('skips (exit 0) a branch outside ci.branches without reading the findings', async () => {
    const { code, json } = await gateJson([manifests, '--findings', SEMGREP, '--branch', 'feature/login']);
    expect(code).toBe(0);
    expect(json).toMatchObject({ status: 'skipped', passed: true, branch: { name: 'feature/login', matched: false } });
    const text = await gate([manifests, '--findings', SEMGREP, '--branch', 'release/1/2']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('- secwire gate: skipped: the branch is outside ci.branches');
  });

  it('takes the branch from a pull request target branch (GITHUB_BASE_REF) before GITHUB_REF_NAME', async () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'develop', GITHUB_REF_NAME: '7/merge' };
    const skipped = await gateJson([manifests, '--findings', SEMGREP], env);
    expect(skipped.code).toBe(0);
    expect(skipped.json.branch).toMatchObject({ name: 'develop', source: 'GITHUB_BASE_REF', matched: false });
    const gated = await gateJson([manifests, '--findings', SEMGREP], { ...env, GITHUB_BASE_REF: 'main' });
    expect(gated.code).toBe(1);
    const push = await gateJson([manifests, '--findings', SEMGREP], { GITLAB_CI: 'true', CI_COMMIT_BRANCH: 'release/9' });
    expect(push.json.branch).toMatchObject({ name: 'release/9', source: 'CI_COMMIT_BRANCH', pattern: 'release/*' });
  });

  it('report-only: reports the failure, says so, and exits 0', async () => {
    const { code, json } = await gateJson([manifests, '--findings', SEMGREP, '--branch', 'main', '--report-only']);
    expect(code).toBe(0);
    expect(json).toMatchObject({ status: 'failure', enforced: false, passed: true });
    const text = await gate([manifests, '--findings', SEMGREP, '--branch', 'main', '--report-only']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(`✗ secwire gate: would be blocked (report-only: passing): ${sum(semgrep, ['critical', 'high'])} new findings of a blocking severity (report-only: not enforced, the gate passes).`);
    expect(text.stdout).toContain('report-only (shadow mode)');
  });

  it('says when no threshold applies: two sarif scanners are ambiguous until --scanner picks one', async () => {
    const dir = path.join(tmp, 'two-sarif');
    await mkdir(dir);
    await writeFile(path.join(dir, 'all.yaml'), `${REPO}---\n${SCANNERS}---\n${SCANNERS.split('---')[0]!.replace('name: code', 'name: code-2').replace('medium', 'critical')}`);
    const ambiguous = await gate([dir, '--findings', GRYPE, '--branch', 'main']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stdout).toContain('  threshold  sarif: none: `code`, `code-2` all import sarif (pick one with --scanner)');
    const picked = await gate([dir, '--findings', GRYPE, '--branch', 'main', '--scanner', 'code-2', '--format', 'json']);
    const json = JSON.parse(picked.stdout) as GateJson;
    expect(json.totals.below_threshold).toBe(total(grype) - grype.critical);
    expect(json.blocking).toHaveLength(grype.critical);
  });
});

describe('secwire gate: output formats', () => {
  it('github: ::error per blocking and ::warning per warning finding with a location, then the text report', async () => {
    const summary = path.join(tmp, 'step-summary.md');
    await writeFile(summary, '# earlier step\n');
    const r = await gate([manifests, '--findings', GRYPE, '--branch', 'main', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(grype.critical + grype.high);
    expect(warnings).toHaveLength(grype.medium);
    for (const line of [...errors, ...warnings]) {
      expect(line).toMatch(/^::(error|warning) file=lib\/[^,:]+\.jar,line=1,endLine=1,col=1,title=secwire gate%3A (critical|high|medium) [^,:]+::\S.*$/);
    }
    expect(r.stdout).toContain('✗ secwire gate: blocked');
    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('# earlier step\n<!-- secwire:gate -->\n### ❌ secwire gate: blocked\n')).toBe(true);
    expect(md).toContain(`| critical | ${grype.critical} | 0 | 0 | 0 | blocks |`);
    expect(md).toContain(`| low | 0 | 0 | 0 | ${grype.low} |  |`);
  });

  it('github: no job summary is written when GITHUB_STEP_SUMMARY is unset', async () => {
    const r = await gate([manifests, '--findings', NUCLEI, '--branch', 'main', '--format', 'github']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::error'); // nuclei findings have no file location: reported, not annotated
    expect(r.stdout).toContain('::notice title=secwire gate%3A warning findings::1 without a file location');
  });

  it('markdown: the PR-comment report on stdout', async () => {
    const r = await gate([manifests, '--findings', SEMGREP, '--branch', 'main', '--format', 'markdown']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['<!-- secwire:gate -->', '### ❌ secwire gate: blocked']);
    expect(r.stdout).toContain(`| **total** | **${total(semgrep)}** | **0** | **0** | **0** | |`);
    expect(r.stdout).toContain(`<details open><summary>Blocking findings (${sum(semgrep, ['critical', 'high'])})</summary>`);
  });
});

describe('secwire gate: events', () => {
  it('appends one JSON line per evaluation to --events, blocked, passed or skipped', async () => {
    const events = path.join(tmp, 'events.jsonl');
    const event = corpus('webhooks/github-pull_request-opened-payload.json');
    const pr = JSON.parse(readFileSync(event, 'utf8')) as { pull_request: { number: number } };
    const env = { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc123', GITHUB_EVENT_PATH: event, GITHUB_ACTOR: 'octo' };
    expect((await gate([manifests, '--findings', SEMGREP, '--events', events], env)).code).toBe(1);
    expect((await gate([manifests, '--findings', SEMGREP, '--baseline', SEMGREP, '--events', events], env)).code).toBe(0);
    expect((await gate([manifests, '--findings', SEMGREP, '--events', events], { ...env, GITHUB_BASE_REF: 'feature' })).code).toBe(0);
    const lines = (await readFile(events, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((e) => e.verdict)).toEqual(['failure', 'success', 'skipped']);
    expect(lines[0]).toMatchObject({
      type: 'gate',
      repository: 'acme/app',
      branch: 'main',
      commit: 'abc123',
      pull_request: pr.pull_request.number,
      actor: 'octo',
      integration: 'repo',
      findings_files: [SEMGREP],
      blocking: sum(semgrep, ['critical', 'high']),
    });
    expect(lines[0]!.totals.new).toBe(total(semgrep));
    expect(lines[1]!.totals).toMatchObject({ new: 0, existing: total(semgrep) });
    expect(lines[2]!.branch).toBe('feature');
  });

  it('appends to the audit log of an existing hub store (real SQLite), and never creates one', async () => {
    const dir = path.join(tmp, 'with-store');
    await mkdir(dir);
    await writeFile(path.join(dir, 'secwire.config.yaml'), 'manifests: [../manifests]\nbackend: file:state/hub.db\n');
    const dbFile = path.join(dir, 'state', 'hub.db');
    const first = await runCli(['gate', '--findings', GRYPE, '--branch', 'main'], { cwd: dir, env: NO_CI });
    expect(first.code).toBe(1);
    expect(existsSync(dbFile)).toBe(false);

    const created = await openStore(`file:${dbFile}`, { cwd: dir });
    await created.close();
    const second = await runCli(['gate', '--findings', GRYPE, '--branch', 'main'], { cwd: dir, env: NO_CI });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('');
    const store = await openStore(`file:${dbFile}`, { cwd: dir });
    try {
      const audit = await store.audit({ kind: 'gate' });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.kind).toBe('gate');
      expect(audit[0]!.data).toMatchObject({ type: 'gate', verdict: 'failure', branch: 'main', integration: 'repo', blocking: grype.critical + grype.high });
    } finally {
      await store.close();
    }
  });
});

describe('secwire gate: could not evaluate (exit 2)', () => {
  const noStack = (r: { stderr: string }) => expect(r.stderr).not.toMatch(STACK_FRAME);

  it('a missing findings file', async () => {
    const r = await gate([manifests, '--findings', 'nope.sarif', '--branch', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: findings file nope.sarif: no such file\n  hint: check the path; it is relative to the current directory\n');
  });

  it('a corrupt (truncated) findings file, and a corrupt baseline', async () => {
    const truncated = path.join(tmp, 'truncated.sarif');
    const text = await readFile(GRYPE, 'utf8');
    await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
    for (const args of [['--findings', truncated], ['--findings', GRYPE, '--baseline', truncated]]) {
      const r = await gate([manifests, ...args, '--branch', 'main']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^Error: findings file ${truncated.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ cannot be read as sarif: SARIF is not valid JSON: `));
      expect(r.stderr).toContain('hint: the file looks truncated or corrupt: export the scan again');
      noStack(r);
    }
  });

  it('a file of no known format', async () => {
    const r = await gate([manifests, '--findings', corpus('sbom/cyclonedx-1.4-laravel-php-composer.json'), '--branch', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown findings format');
    noStack(r);
  });

  it('invalid manifests, no asset_source integration, an unknown --integration or --scanner', async () => {
    const bad = path.join(tmp, 'bad');
    await mkdir(bad);
    await writeFile(path.join(bad, 'bad.yaml'), REPO.replace('block: [critical, high]', 'block: [critical, severe]'));
    const invalid = await gate([bad, '--findings', GRYPE]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('Error: the manifests are invalid, so the gate cannot evaluate');

    const scannersOnly = path.join(manifests, 'scanners.yaml');
    const none = await gate([scannersOnly, '--findings', GRYPE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Error: the manifests declare no asset_source integration, so there is no gate policy');

    const unknown = await gate([manifests, '--findings', GRYPE, '--integration', 'rpo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Error: integration `rpo` is not in the manifests; did you mean `repo`?');

    const scanner = await gate([manifests, '--findings', GRYPE, '--scanner', 'repo']);
    expect(scanner.code).toBe(2);
    expect(scanner.stderr).toContain('--scanner names `repo`, which is not a scanner or pull_only integration');
    for (const r of [invalid, none, unknown, scanner]) noStack(r);
  });

  it('usage errors: no --findings, an unknown --format', async () => {
    expect((await gate([manifests])).code).toBe(2);
    const format = await gate([manifests, '--findings', GRYPE, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid");
  });
});
