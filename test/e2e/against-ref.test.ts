// plan --against-ref: the manifests at a git ref against the working tree, with no hub and no key.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');

function run(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('plan --against-ref', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-ref-'));
    cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
    // No keys, no hub: only the manifests and where they are.
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [examples]\n');
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.net', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.net', '-c', 'user.name=t', 'commit', '-qm', 'base');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no changes against the same commit', () => {
    const result = run(dir, ['plan', '--against-ref', 'HEAD', '--detailed-exitcode']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes.');
  });

  it('shows added, changed, deleted and renamed files as the declared change, loosening marked', () => {
    const ci = path.join(dir, 'examples/ci.yaml');
    writeFileSync(ci, readFileSync(ci, 'utf8').replace('block: [critical, high]', 'block: [critical]'));
    unlinkSync(path.join(dir, 'examples/itsm.yaml'));
    renameSync(path.join(dir, 'examples/scanners.yaml'), path.join(dir, 'examples/infra-scanners.yaml'));
    writeFileSync(path.join(dir, 'examples/new.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: masscan-edge }\nspec: { type: masscan }\n');
    const result = run(dir, ['plan', '--against-ref', 'HEAD', '--json', '--detailed-exitcode']);
    expect(result.code).toBe(2);
    const plan = JSON.parse(result.stdout) as { against_ref: string; summary: Record<string, number>; resource_changes: { name: string; action: string; posture: string }[] };
    expect(plan.against_ref).toBe('HEAD');
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(path.join(root, 'schemas/plan.schema.json'), 'utf8')));
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    const byName = Object.fromEntries(plan.resource_changes.filter((c) => c.action !== 'no-op').map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['github-northwind', 'jira-prod', 'masscan-edge', 'servicenow-itops']);
    expect(byName['github-northwind']).toMatchObject({ action: 'update', posture: 'loosening' });
    expect(byName['jira-prod']).toMatchObject({ action: 'delete', posture: 'loosening' });
    expect(byName['masscan-edge']).toMatchObject({ action: 'create' });
    expect(plan.summary).toMatchObject({ add: 1, change: 1, destroy: 2 });
    expect(existsSync(path.join(dir, '.secwire'))).toBe(false);
  });

  it('refuses a ref that does not exist, clearly', () => {
    const result = run(dir, ['plan', '--against-ref', 'no-such-branch']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('`no-such-branch` is not a commit in this repository');
  });
});
