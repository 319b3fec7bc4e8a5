// End to end: plan and apply the examples against a real SQLite hub, with a canary credential that must never leak.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const run = promisify(execFile);
const CANARY = 'CANARY-7f3a9c-do-not-leak';

interface Result { code: number; stdout: string; stderr: string }

async function secwire(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const child = run(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every form a leaked canary could take in output or files. */
function canaryForms(secret: string): string[] {
  const b = Buffer.from(secret);
  return [
    secret,
    b.toString('base64'),
    b.toString('base64url'),
    b.toString('hex'),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** A copy of the config whose private keyring path does not exist: plan then has only digests to compare. */
function writeConfigWithoutKey(dir: string): string {
  const file = path.join(dir, 'no-key.config.yaml');
  writeFileSync(file, readFileSync(path.join(dir, 'secwire.config.yaml'), 'utf8').replace(/private_key: .*/, 'private_key: .secwire/absent.key'));
  return file;
}

function expectNoCanary(label: string, text: string | Buffer): void {
  const haystack = Buffer.isBuffer(text) ? text.toString('latin1') : text;
  for (const form of canaryForms(CANARY)) expect(haystack.includes(form), `${label} contains the canary as ${form}`).toBe(false);
}

describe('plan and apply the examples', () => {
  let dir: string;
  const outputs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-e2e-'));
    for (const item of ['examples', 'secwire.config.yaml']) cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
    const sealed = await secwire(dir, ['seal', '--integration', 'jira-prod', '--field', 'auth.api_token', '--write', 'examples/itsm.yaml'], CANARY);
    outputs.push(sealed.stdout, sealed.stderr);
    expect(sealed.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plans, applies, and then has no changes', async () => {
    const first = await secwire(dir, ['plan', '--detailed-exitcode']);
    outputs.push(first.stdout, first.stderr);
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/Plan: 15 to add, 0 to change, 0 to destroy\.$/m);
    expect(first.stdout).toContain('+ secrets.auth.api_token: (sensitive)');

    const apply = await secwire(dir, ['apply', '--auto-approve', '--skip-connection-tests']);
    outputs.push(apply.stdout, apply.stderr);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete! Resources: 15 added, 0 changed, 0 destroyed.');

    const again = await secwire(dir, ['plan', '--detailed-exitcode']);
    outputs.push(again.stdout, again.stderr);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
  });

  it('refuses apply without a terminal and without --auto-approve', async () => {
    const scanners = path.join(dir, 'examples/scanners.yaml');
    const original = readFileSync(scanners, 'utf8');
    writeFileSync(scanners, original.replace('zone: dmz', 'zone: edge'));
    const result = await secwire(dir, ['apply'], '');
    writeFileSync(scanners, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('apply needs confirmation, and there is no terminal to ask');
    expect(result.stdout).not.toContain('Apply complete');
  });

  it('marks loosening, denies it on request, and refuses a stale saved plan', async () => {
    const ci = path.join(dir, 'examples/ci.yaml');
    const original = readFileSync(ci, 'utf8');
    writeFileSync(ci, original.replace('block: [critical, high]', 'block: [critical]'));
    const planFile = path.join(dir, 'plan.json');
    const planned = await secwire(dir, ['plan', '--out', planFile, '--deny-loosening']);
    outputs.push(planned.stdout, planned.stderr, readFileSync(planFile, 'utf8'));
    expect(planned.code).toBe(1);
    expect(planned.stdout).toContain('~ spec.ci.gate.block: ["critical","high"] → ["critical"]');
    expect(planned.stdout).toContain('⚠ severity removed from gate.block');
    writeFileSync(ci, original);
    const stale = await secwire(dir, ['apply', planFile]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('is stale: the manifests changed since');
    expect(stale.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a sealed value copied into another integration, before anything runs', async () => {
    const itsm = path.join(dir, 'examples/itsm.yaml');
    const original = readFileSync(itsm, 'utf8');
    const jiraToken = /api_token: \{ sealed: "([^"]+)" \}/.exec(original)![1]!;
    writeFileSync(itsm, original.replace(/password: \{ sealed: "[^"]+" \}/, `password: { sealed: "${jiraToken}" }`));
    const result = await secwire(dir, ['validate']);
    outputs.push(result.stdout, result.stderr);
    writeFileSync(itsm, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sealed for integration `jira-prod` but used in `servicenow-itops`');
  });

  it('shows a re-sealed value as changed without the key, and as unchanged with it (same plaintext)', async () => {
    const itsm = path.join(dir, 'examples/itsm.yaml');
    const original = readFileSync(itsm, 'utf8');
    const resealed = await secwire(dir, ['seal', '--integration', 'jira-prod', '--field', 'auth.api_token', '--write', 'examples/itsm.yaml'], CANARY);
    outputs.push(resealed.stdout, resealed.stderr);
    expect(readFileSync(itsm, 'utf8')).not.toBe(original); // a new ciphertext for the same value
    const withKey = await secwire(dir, ['plan', '--detailed-exitcode']);
    outputs.push(withKey.stdout, withKey.stderr);
    expect(withKey.code).toBe(0);
    expect(withKey.stdout).toContain('No changes.');
    // A pull-request job: no private key (the config's keyring path points nowhere), only the hub's digest to compare.
    const noKey = await secwire(dir, ['plan', '--detailed-exitcode', '--config', writeConfigWithoutKey(dir)]);
    outputs.push(noKey.stdout, noKey.stderr);
    expect(noKey.code).toBe(2);
    expect(noKey.stdout).toContain('~ secrets.auth.api_token: (sensitive value changed)');
    writeFileSync(itsm, original);
  });

  it('names the missing environment variable of an { env } secret at apply, and writes nothing for it', async () => {
    const file = path.join(dir, 'examples/env-only.yaml');
    writeFileSync(file, 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: snyk-env }\nspec:\n  type: snyk\n  auth: { token: { env: SNYK_TOKEN_FOR_TEST } }\n  config: { org_id: 4a18d42f-0706-4ad0-b127-24078731fbed }\n');
    const result = await secwire(dir, ['apply', '--auto-approve', '--skip-connection-tests'], undefined, { SNYK_TOKEN_FOR_TEST: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('snyk-env: auth.token reads the environment variable SNYK_TOKEN_FOR_TEST, which is not set');
    rmSync(file);
  });

  it('never leaks the canary into output, the plan file or the store', () => {
    for (const [i, text] of outputs.entries()) expectNoCanary(`output ${i}`, text);
    for (const file of ['.secwire/hub.db', '.secwire/hub.db-wal']) {
      try {
        expectNoCanary(file, readFileSync(path.join(dir, file)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  });
});
