// End to end: the committed bundle (dist/action/index.js), copied where no node_modules is in reach, runs as a
// child process with INPUT_* variables, real webhook payloads, output and summary files, and a fake GitHub API.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus');
const TOKEN = 'ghs_ActionTestToken0123456789abcdefXYZ';
const PLAN_MARKER = '<!-- secwire:plan -->';
const GATE_MARKER = '<!-- secwire:gate -->';
const temps: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A repository whose first commit holds examples/ and the config; `change` makes the second commit. */
function repository(change: (dir: string) => void): { dir: string; base: string; head: string } {
  const dir = temp('secwire-action-repo-');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.net', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
  writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [examples]\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  change(dir);
  git('add', '-A');
  git('commit', '-qm', 'head', '--allow-empty');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

/** The real pull_request payload, pointed at this repository's commits. */
function pullRequestEvent(repo: { base: string; head: string }, number: number): string {
  const payload = JSON.parse(readFileSync(path.join(corpus, 'webhooks/github-pull_request-opened-payload.json'), 'utf8')) as {
    number: number;
    pull_request: { number: number; head: { sha: string }; base: { sha: string; ref: string } };
  };
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = repo.head;
  payload.pull_request.base.sha = repo.base;
  payload.pull_request.base.ref = 'main';
  const file = path.join(temp('secwire-action-event-'), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** `name<<DELIM\nvalue\nDELIM` blocks of $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

let bundle: string;
let github: FakeServer;
/** The fake's pull-request comments, per issue number. */
const comments = new Map<number, { id: number; body: string }[]>();
let nextId = 1000;

async function runAction(cwd: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  const dir = temp('secwire-action-run-');
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const result = await execa(process.execPath, [bundle], {
    cwd,
    reject: false,
    extendEnv: false,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? dir,
      NO_COLOR: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_API_URL: github.url,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': TOKEN,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  return { code: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr), outputs: parseOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
}

const requestLines = () => github.requests.map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  // Beside its package.json and nothing else: better-sqlite3 cannot be resolved, as on a runner.
  const dir = temp('secwire-action-bundle-');
  copyFileSync(path.join(root, 'dist/action/index.js'), path.join(dir, 'index.js'));
  copyFileSync(path.join(root, 'dist/action/package.json'), path.join(dir, 'package.json'));
  bundle = path.join(dir, 'index.js');
  github = await startFakeServer({
    routes: {
      'GET /repos/{owner}/{repo}/issues/{n}/comments': (req) => ({ body: comments.get(Number(req.params['n'])) ?? [] }),
      'POST /repos/{owner}/{repo}/issues/{n}/comments': (req) => {
        const list = comments.get(Number(req.params['n'])) ?? [];
        const comment = { id: nextId++, body: (req.json as { body: string }).body };
        comments.set(Number(req.params['n']), [...list, comment]);
        return { status: 201, body: comment };
      },
      'PATCH /repos/{owner}/{repo}/issues/comments/{id}': (req) => {
        for (const list of comments.values()) {
          const found = list.find((c) => c.id === Number(req.params['id']));
          if (found) {
            found.body = (req.json as { body: string }).body;
            return { body: found };
          }
        }
        return { status: 404, body: { message: 'Not Found' } };
      },
      'POST /repos/{owner}/{repo}/statuses/{sha}': { status: 201, body: { id: 1 } },
    },
  });
});

afterAll(async () => {
  await github?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  github.requests.length = 0;
});

describe('action: plan on a pull request (no backend: plan --against-ref the base commit)', () => {
  let repo: { dir: string; base: string; head: string };
  let event: string;

  beforeAll(() => {
    repo = repository((dir) => {
      const ci = path.join(dir, 'examples/ci.yaml');
      writeFileSync(ci, readFileSync(ci, 'utf8').replace('block: [critical, high]', 'block: [critical]'));
    });
    event = pullRequestEvent(repo, 2);
  });

  it('creates one comment with the marker and the loosening callout, and sets has-changes and plan-json', async () => {
    const run = await runAction(repo.dir, { command: 'plan' }, { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    github.assertNoUnexpected();
    expect(requestLines()).toEqual(['GET /repos/Codertocat/Hello-World/issues/2/comments', 'POST /repos/Codertocat/Hello-World/issues/2/comments']);
    expect(github.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const body = (github.requests[1]!.json as { body: string }).body;
    expect(body.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
    expect(body).toContain('[!WARNING]');
    expect(body).toMatch(/1 change loosens security posture/);
    expect(body).toContain('`github-northwind`');
    expect(run.outputs['has-changes']).toBe('true');
    const plan = JSON.parse(readFileSync(run.outputs['plan-json']!, 'utf8')) as { against_ref: string; summary: { change: number; loosening: number } };
    expect(plan.against_ref).toBe(repo.base);
    expect(plan.summary).toMatchObject({ change: 1, loosening: 1 });
    expect(run.summary).toContain('github-northwind');
    // Only the mask command itself names the token.
    expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('updates the same comment in place on the next run: PATCH, never a second POST', async () => {
    const run = await runAction(repo.dir, { command: 'plan' }, { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const id = comments.get(2)![0]!.id;
    expect(requestLines()).toEqual(['GET /repos/Codertocat/Hello-World/issues/2/comments', `PATCH /repos/Codertocat/Hello-World/issues/comments/${id}`]);
    expect(comments.get(2)).toHaveLength(1);
    expect(comments.get(2)![0]!.body).toContain(PLAN_MARKER);
  });

  it('with deny-loosening, still posts the plan, then fails the step', async () => {
    const run = await runAction(repo.dir, { command: 'plan', 'deny-loosening': 'true' }, { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::1 change(s) loosen security posture and deny-loosening is set');
    expect(requestLines().filter((l) => l.startsWith('POST'))).toEqual([]);
    expect(comments.get(2)).toHaveLength(1);
  });
});

describe('action: a plan too large for one comment', () => {
  it('is cut cleanly with a note, and the full plan lands in the job summary', async () => {
    const docs = Array.from({ length: 700 }, (_, i) => `apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: masscan-edge-${i} }\nspec: { type: masscan }\n`);
    const repo = repository((dir) => writeFileSync(path.join(dir, 'examples/many.yaml'), docs.join('---\n')));
    const run = await runAction(repo.dir, { command: 'plan' }, { GITHUB_EVENT_PATH: pullRequestEvent(repo, 3), GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(requestLines()).toEqual(['GET /repos/Codertocat/Hello-World/issues/3/comments', 'POST /repos/Codertocat/Hello-World/issues/3/comments']);
    const body = (github.requests[1]!.json as { body: string }).body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(PLAN_MARKER)).toBe(true);
    expect(body).toMatch(/The plan is too long for one comment \(\d+ characters\): it is cut here; the full plan is in the job summary of \[this run\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/4242\)/);
    // Cut at a line end, with the diff fence and the <details> closed before the note.
    expect((body.match(/```/g) ?? []).length % 2).toBe(0);
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    // The diff is sorted by name: its last block is cut from the comment, and in the summary.
    expect(body).not.toContain('integration "masscan-edge-99" (masscan)');
    expect(run.summary.length).toBeGreaterThan(65_536);
    expect(run.summary).toContain('+ integration "masscan-edge-99" (masscan)');
  });
});

describe('action: gate', () => {
  let repo: { dir: string; base: string; head: string };
  let event: string;
  const gateInputs = (sarif: string) => ({ command: 'gate', findings: path.join(corpus, 'sarif', sarif), integration: 'github-northwind', 'pr-comment': 'true' });
  const prEnv = () => ({ GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' });

  beforeAll(() => {
    repo = repository(() => undefined);
    event = pullRequestEvent(repo, 4);
  });

  it('blocking SARIF: status failure on the head commit with the counts, the gate comment created, step failed', async () => {
    const run = await runAction(repo.dir, gateInputs('grype-0.34.7-cxf-3.4.6.sarif'), prEnv());
    expect(run.code).toBe(1);
    github.assertNoUnexpected();
    expect(requestLines()).toEqual([
      `POST /repos/Codertocat/Hello-World/statuses/${repo.head}`,
      'GET /repos/Codertocat/Hello-World/issues/4/comments',
      'POST /repos/Codertocat/Hello-World/issues/4/comments',
    ]);
    const status = github.requests[0]!.json as Record<string, string>;
    expect(status).toMatchObject({ state: 'failure', context: 'secwire/gate', target_url: 'https://github.com/Codertocat/Hello-World/actions/runs/4242' });
    expect(status['description']).toMatch(/^blocked: 16 new \(.*critical.*\), 0 existing, 0 fixed$/);
    expect((github.requests[2]!.json as { body: string }).body.startsWith(GATE_MARKER)).toBe(true);
    expect(run.outputs['verdict']).toBe('failure');
    expect(run.summary).toContain(GATE_MARKER);
    expect(run.stdout).toContain('::error::the merge gate blocked this change');
  });

  it('clean SARIF: status success, the same comment updated in place', async () => {
    const run = await runAction(repo.dir, gateInputs('codeql-action-fixture-two-runs-lgtm-and-codeql.sarif'), prEnv());
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const id = comments.get(4)![0]!.id;
    expect(requestLines()).toEqual([
      `POST /repos/Codertocat/Hello-World/statuses/${repo.head}`,
      'GET /repos/Codertocat/Hello-World/issues/4/comments',
      `PATCH /repos/Codertocat/Hello-World/issues/comments/${id}`,
    ]);
    const status = github.requests[0]!.json as Record<string, string>;
    expect(status).toMatchObject({ state: 'success', context: 'secwire/gate' });
    expect(status['description']).toBe('passed: 0 new, 0 existing, 0 fixed');
    expect(run.outputs['verdict']).toBe('success');
    expect(comments.get(4)).toHaveLength(1);
  });

  it('on a push (real payload): the status goes to GITHUB_SHA, no comment', async () => {
    const run = await runAction(repo.dir, gateInputs('trivy-image-alpine-3.10.sarif'), {
      GITHUB_EVENT_PATH: path.join(corpus, 'webhooks/github-push-new-branch-payload.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: repo.head,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(requestLines()).toEqual([`POST /repos/Codertocat/Hello-World/statuses/${repo.head}`]);
    expect(github.requests[0]!.json).toMatchObject({ state: 'pending', context: 'secwire/gate', description: 'passed with warnings: 4 new (4 medium), 0 existing, 0 fixed' });
    expect(run.outputs['verdict']).toBe('pending');
  });
});

describe('action: apply and validate', () => {
  it('apply with the default file backend fails clearly: CI needs a shared backend', async () => {
    const repo = repository(() => undefined);
    const run = await runAction(repo.dir, { command: 'apply' }, { GITHUB_EVENT_PATH: path.join(corpus, 'webhooks/github-push-new-branch-payload.json'), GITHUB_EVENT_NAME: 'push' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::CI needs a shared backend: the embedded SQLite store \(file: backend\) is not available inside the secwire GitHub Action/);
    expect(run.stdout).toContain('Set the `backend` input');
    expect(github.requests).toEqual([]);
    expect(existsSync(path.join(repo.dir, '.secwire'))).toBe(false);
  });

  it('validate annotates the manifest lines of a broken manifest and fails the step', async () => {
    const repo = repository((dir) => writeFileSync(path.join(dir, 'examples/broken.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: Bad_Name }\nspec: { type: nope }\n'));
    const run = await runAction(repo.dir, { command: 'validate' }, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=[^,]*examples\/broken\.yaml,line=3,col=\d+,title=secwire /m);
    expect(run.stdout).toContain('::error::the manifests are invalid: see the annotations on the manifest lines');
  });
});
