// apply killed with SIGKILL at random moments leaves an intact hub, and the next apply converges; two applies never overlap.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/state/open-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const COUNT = 300;

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function secwire(cwd: string, args: string[], killAfterMs?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CRASH_TOKEN: 'crash-test-token' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

function manifests(count: number, label: string): string {
  return Array.from({ length: count }, (_, i) => `apiVersion: secwire/v1
kind: Integration
metadata: { name: svc-${String(i).padStart(4, '0')}, labels: { round: "${label}" } }
spec:
  type: jira
  auth: { base_url: "https://svc${i}.example.net", email: bot@example.net, api_token: { env: CRASH_TOKEN } }
  config: { project_key: SEC }
`).join('---\n');
}

describe('apply under SIGKILL', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-crash-'));
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [m.yaml]\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stays intact through twenty random kills and converges on the next apply', async () => {
    const args = ['apply', '--auto-approve', '--skip-connection-tests', '--lock-timeout', '10s'];
    let killed = 0;
    for (let round = 0; round < 20; round++) {
      // A new label each round, so every round has work to be killed in the middle of.
      writeFileSync(path.join(dir, 'm.yaml'), manifests(COUNT, `r${round}`));
      const run = await secwire(dir, args, 150 + Math.floor(Math.random() * 1200));
      if (run.signal === 'SIGKILL') killed++;
      else expect(run.code, run.stderr).toBe(0);
      const file = path.join(dir, '.secwire/hub.db');
      if (!existsSync(file)) continue; // killed before the hub was created
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = db.prepare('SELECT count(*) AS n, count(DISTINCT name) AS d FROM records').get() as { n: number; d: number };
        expect(rows.n).toBe(rows.d);
        expect(rows.n).toBeLessThanOrEqual(COUNT);
      } catch (error) {
        db.close();
        throw error;
      }
      db.close();
    }
    expect(killed).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'm.yaml'), manifests(COUNT, 'final'));
    const last = await secwire(dir, args);
    expect(last.code, last.stderr).toBe(0);
    const plan = await secwire(dir, ['plan', '--detailed-exitcode']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('No changes.');
  }, 180_000);
});

describe('concurrent applies', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-concurrent-'));
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [m.yaml]\n');
    writeFileSync(path.join(dir, 'm.yaml'), manifests(200, 'one'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an apply while another holds the lock, waits with --lock-timeout, and serialises two runs', async () => {
    const args = ['apply', '--auto-approve', '--skip-connection-tests'];
    await secwire(dir, ['plan']); // creates the store, so both runs race for the lock and not for creation
    // Another apply holds the lock (here: this test process, which is alive).
    const store = await openStore('file:.secwire/hub.db', { cwd: dir });
    const held = await store.lock({ holder: 'alice@ci', operation: 'apply', timeoutMs: 0 });
    const refused = await secwire(dir, args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is locked by alice@ci for "apply"/);
    expect(refused.stderr).toContain(`secwire force-unlock ${held.id}`);
    expect(refused.stdout).not.toContain('Apply complete');
    const waiting = secwire(dir, [...args, '--lock-timeout', '30s']);
    await new Promise((r) => setTimeout(r, 800));
    await store.unlock(held.id);
    await store.close();
    const waited = await waiting;
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stdout).toContain('Apply complete! Resources: 200 added');

    writeFileSync(path.join(dir, 'm.yaml'), manifests(200, 'two'));
    const pair = await Promise.all([secwire(dir, [...args, '--lock-timeout', '60s']), secwire(dir, [...args, '--lock-timeout', '60s'])]);
    expect(pair.map((r) => r.code)).toEqual([0, 0]);
    // The lock is taken before the hub is read, so the second run plans after the first has applied.
    const outputs = pair.map((r) => r.stdout).sort();
    expect(outputs.filter((o) => o.includes('Resources: 0 added, 200 changed, 0 destroyed.'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('No changes.'))).toHaveLength(1);
    const plan = await secwire(dir, ['plan']);
    expect(plan.stdout).toContain('No changes.');
  }, 120_000);
});
