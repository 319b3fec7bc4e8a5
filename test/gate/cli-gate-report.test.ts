// gate --report: the verdict reaches the CI system through the policy integration's own connector (a fake GitHub
// Enterprise here), status and PR comment; Jenkins, which has no commit status, gets it as its build's description.
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
const JENKINS_TOKEN = '11f0c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6';

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

  describe('Jenkins, which has no commit status: the verdict becomes the description of the build that ran the gate', () => {
    let jenkinsDir: string;
    let jenkins: FakeServer;
    const descriptions: string[] = [];
    const basic = `Basic ${Buffer.from(`bot:${JENKINS_TOKEN}`).toString('base64')}`;
    beforeAll(async () => {
      jenkins = await startFakeServer({
        routes: {
          'POST /job/app/job/main/42/submitDescription': (req) => {
            if (req.headers.authorization !== basic) return { status: 401, body: 'Unauthorized' };
            descriptions.push(new URLSearchParams(req.body).get('description') ?? '');
            return { status: 302, headers: { location: '.' } };
          },
        },
      });
      jenkinsDir = mkdtempSync(path.join(os.tmpdir(), 'secwire-gate-jenkins-'));
      writeFileSync(
        path.join(jenkinsDir, 'm.yaml'),
        `apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: ci }\nspec:\n  type: jenkins\n  auth: { base_url: "${jenkins.url}", username: bot, api_token: { env: J } }\n  ci: { branches: [main], gate: { block: [critical, high] } }\n`,
      );
    });
    afterAll(async () => {
      await jenkins.close();
      rmSync(jenkinsDir, { recursive: true, force: true });
    });
    const jenkinsEnv = (buildUrl: string) => ({ GITHUB_ACTIONS: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '', GITHUB_EVENT_PATH: '', JENKINS_URL: `${jenkins.url}/`, BUILD_URL: buildUrl, J: JENKINS_TOKEN });

    it('sets the description of BUILD_URL, and the exit code still blocks', async () => {
      const result = await gate(jenkinsDir, jenkinsEnv(`${jenkins.url}/job/app/job/main/42/`));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Set the description of build ${jenkins.url}/job/app/job/main/42/ in Jenkins.`);
      expect(descriptions).toEqual([expect.stringMatching(/^secwire gate blocked: \d+ new \(/)]);
      expect(jenkins.unexpected).toEqual([]);
    });

    it('refuses a BUILD_URL on another host, sending the token nowhere, and says so without it', async () => {
      const before = jenkins.requests.length;
      const result = await gate(jenkinsDir, jenkinsEnv('https://elsewhere.example.test/job/app/42/'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('is not under auth.base_url');
      expect(result.stderr).not.toContain(JENKINS_TOKEN);
      expect(jenkins.requests.length).toBe(before);
      const none = await gate(jenkinsDir, { ...jenkinsEnv(''), BUILD_URL: '' });
      expect(none.stderr).toContain('found none in the environment');
    });
  });
});
