// Ticket mappings checked against a live (fake) Jira in secwire test, plan --check-remote and apply, with positions.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';
import { jiraFake } from '../conformance/fakes/jira.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const run = promisify(execFile);

async function secwire(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NO_COLOR: '1', JIRA_TEST_TOKEN: jiraFake.secrets['auth.api_token']! };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function manifest(url: string, critical: string): string {
  return `apiVersion: secwire/v1
kind: Integration
metadata: { name: jira-live }
spec:
  type: jira
  auth:
    base_url: ${url}
    email: secwire-bot@example.net
    api_token: { env: JIRA_TEST_TOKEN }
  config: { project_key: SEC, issue_type: Bug }
  ticketing:
    mappings:
      priority: { critical: ${critical}, high: High, medium: Medium, low: Low, info: Lowest }
      status: { open: To Do, in_progress: In Progress, resolved: Done }
    defaults: { Team: AppSec }
`;
}

describe('ticket mappings against the live instance', () => {
  let dir: string;
  let server: FakeServer;
  beforeAll(async () => {
    server = await startFakeServer({ routes: jiraFake.routes() });
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-itsm-'));
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [m.yaml]\n');
    writeFileSync(path.join(dir, 'm.yaml'), manifest(server.url, 'Blocker'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Line 13 (priority), column 29 is where `Blocker` stands in the manifest above.
  const where = 'm.yaml:13:29 (spec.ticketing.mappings.priority.critical)';

  it('secwire test names the unknown priority at its manifest position, with the valid ones', async () => {
    const result = await secwire(dir, ['test', 'jira-live']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(where);
    expect(result.stderr).toMatch(/"Blocker" does not exist in Jira; valid values: Highest, High, Medium, Low, Lowest/);
  });

  it('plan --check-remote reports it and exits 1', async () => {
    const result = await secwire(dir, ['plan', '--check-remote']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${where}: error:`);
  });

  it('apply refuses to write the integration, and writes it once the mapping is fixed', async () => {
    const refused = await secwire(dir, ['apply', '--auto-approve']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ticket mappings do not match the live instance');
    expect(refused.stderr).toContain(where);
    writeFileSync(path.join(dir, 'm.yaml'), manifest(server.url, 'Highest'));
    const applied = await secwire(dir, ['apply', '--auto-approve']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('jira-live: created, connection ok');
    const checked = await secwire(dir, ['plan', '--check-remote']);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('jira-live: ticket mappings match the live instance.');
    expect(readFileSync(path.join(dir, 'm.yaml'), 'utf8')).toContain('critical: Highest');
  });
});
