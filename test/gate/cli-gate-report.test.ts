// gate --report: the verdict reaches the CI system through the policy integration's own connector (a fake GitHub
// Enterprise here), status and PR comment; a CI system with no such means is named instead.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubFake, githubOperations } from '../conformance/fakes/github.js';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const blocking = path.resolve(root, '../shared/corpus/sarif/grype-0.34.7-cxf-3.4.6.sarif');
const run = promisify(execFile);
const variant = githubOperations.variants[0]!;

async function gate(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, 'gate', 'm.yaml', '--findings', blocking, '--branch', 'main', '--report', '--events', 'events.jsonl'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', GH_TOKEN_FOR_TEST: githubFake.secrets['auth.token']!, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('gate --report', () => {
  let dir: string;
  let server: FakeServer;
  const world = variant.world();
  beforeAll(async () => {
    server = await startFakeServer({ routes: { ...githubFake.routes(), ...world.routes } });
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-gate-report-'));
    const [owner] = variant.repository.split('/');
    writeFileSync(
      path.join(dir, 'm.yaml'),
      `apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: ghes }\nspec:\n  type: github\n  auth: { token: { env: GH_TOKEN_FOR_TEST }, api_url: "${server.url}/api/v3" }\n  config: { owner: ${owner} }\n  ci: { branches: [main], gate: { block: [critical, high] }, pr_comment: true }\n`,
    );
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: variant.pullRequest, head: { sha: variant.sha }, base: { ref: 'main' } } }));
    process.env.TEST_EVENT_PATH = event;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ciEnv = () => ({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: variant.repository, GITHUB_SHA: variant.sha, GITHUB_EVENT_PATH: process.env.TEST_EVENT_PATH! });

  it('sets a failure status with the counts and creates one comment, then updates that comment on the next run', async () => {
    const first = await gate(dir, ciEnv());
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('Set the secwire/gate status');
    expect(world.statuses()).toEqual([expect.objectContaining({ state: 'failure', context: 'secwire/gate' })]);
    const mine = () => world.comments().filter((c) => c.body.includes('<!-- secwire:gate -->'));
    expect(mine()).toHaveLength(1);
    const second = await gate(dir, ciEnv());
    expect(second.stderr).toContain('Updated the gate comment');
    expect(mine()).toHaveLength(1);
    expect(server.unexpected).toEqual([]);
  });

  it('says so, and reports nothing, without the repository and commit of a CI run', async () => {
    const result = await gate(dir, { GITHUB_ACTIONS: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '', GITHUB_EVENT_PATH: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--report needs the repository and commit');
  });

  it('names a CI system that cannot take a status (Jenkins) and keeps the exit code as the report', async () => {
    const jenkinsDir = mkdtempSync(path.join(os.tmpdir(), 'secwire-gate-jenkins-'));
    writeFileSync(
      path.join(jenkinsDir, 'm.yaml'),
      'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: ci }\nspec:\n  type: jenkins\n  auth: { base_url: "https://jenkins.example.test", username: bot, api_token: { env: J } }\n  ci: { branches: [main], gate: { block: [critical, high] } }\n',
    );
    const result = await gate(jenkinsDir, ciEnv());
    rmSync(jenkinsDir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Jenkins has no commit status or comment secwire can set: the gate reports through its exit code');
  });
});
