// secwire watch with real files, the real watcher and a real SQLite hub: editors' save patterns, bursts, --apply, SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const STATUS = /^\d\d:\d\d:\d\d {2}(\d+) files {2}(\d+) integrations {2}(\d+) ms {2}(✓ valid|✗ (\d+) errors?)(.*)$/;

interface Status { files: number; integrations: number; ms: number; errors: number; rest: string }

class WatchProcess {
  readonly child: ChildProcess;
  output = '';
  constructor(cwd: string, args: string[] = []) {
    this.child = spawn(process.execPath, [bin, 'watch', '--debounce', '100', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
  }
  statuses(): Status[] {
    return this.output.split('\n').flatMap((line) => {
      const m = STATUS.exec(line);
      return m ? [{ files: Number(m[1]), integrations: Number(m[2]), ms: Number(m[3]), errors: Number(m[5] ?? 0), rest: m[6]! }] : [];
    });
  }
  /** Resolves with the first status after `count` statuses that matches. */
  async waitFor(after: number, predicate: (s: Status) => boolean = () => true, timeoutMs = 15_000): Promise<Status> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.statuses().slice(after).find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no matching status after ${after}; output:\n${this.output.slice(-2000)}`);
  }
  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((r) => this.child.once('exit', (code) => r(code)));
    this.child.kill(signal);
    return exited;
  }
}

const settle = () => new Promise((r) => setTimeout(r, 600));

describe('secwire watch', () => {
  let dir: string;
  let w: WatchProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-watch-'));
    cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
    cpSync(path.join(root, 'secwire.config.yaml'), path.join(dir, 'secwire.config.yaml'));
  });
  afterEach(async () => {
    await w?.stop('SIGKILL');
    w = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string) => path.join(dir, 'examples', name);

  it('shows the plan first, then follows an atomic save (temp file + rename)', async () => {
    w = new WatchProcess(dir);
    const first = await w.waitFor(0);
    expect(first).toMatchObject({ files: 5, integrations: 15, errors: 0 });
    expect(first.rest).toContain('Plan: 15 to add');
    const n = w.statuses().length;
    const text = readFileSync(file('file-imports.yaml'), 'utf8');
    const tmp = file('.file-imports.yaml.swp');
    writeFileSync(tmp, text.replace('name: nmap-discovery', 'name: nmap-perimeter'));
    renameSync(tmp, file('file-imports.yaml'));
    const next = await w.waitFor(n, (s) => s.integrations === 15);
    expect(next.errors).toBe(0);
    expect(w.output).toContain('# nmap-perimeter will be created');
  });

  it('shows errors with a code frame while a file is half-written, then the plan once fixed', async () => {
    w = new WatchProcess(dir);
    await w.waitFor(0);
    const original = readFileSync(file('ci.yaml'), 'utf8');
    let n = w.statuses().length;
    writeFileSync(file('ci.yaml'), original.slice(0, original.indexOf('  ci:\n')) + '  ci:\n    branches: [main\n');
    const broken = await w.waitFor(n, (s) => s.errors > 0);
    expect(broken.errors).toBeGreaterThan(0);
    expect(w.output).toMatch(/\n> +\d+ \| /);
    expect(w.output).toMatch(/\n +\| +\^/);
    n = w.statuses().length;
    writeFileSync(file('ci.yaml'), original);
    expect(await w.waitFor(n)).toMatchObject({ errors: 0, integrations: 15 });
  });

  it('follows a file deleted and re-created, new files, and a renamed directory', async () => {
    w = new WatchProcess(dir);
    await w.waitFor(0);
    const itsm = readFileSync(file('itsm.yaml'), 'utf8');
    let n = w.statuses().length;
    unlinkSync(file('itsm.yaml'));
    expect(await w.waitFor(n, (s) => s.files === 4)).toMatchObject({ integrations: 13 });
    n = w.statuses().length;
    writeFileSync(file('itsm.yaml'), itsm);
    expect(await w.waitFor(n, (s) => s.files === 5)).toMatchObject({ integrations: 15 });
    n = w.statuses().length;
    mkdirSync(file('team'));
    writeFileSync(file('team/nuclei.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: nuclei-team }\nspec: { type: nuclei }\n');
    expect(await w.waitFor(n, (s) => s.files === 6)).toMatchObject({ integrations: 16 });
    n = w.statuses().length;
    renameSync(file('team'), file('team-renamed'));
    await settle();
    expect(await w.waitFor(n, (s) => s.files === 6)).toMatchObject({ integrations: 16 });
  });

  it('collapses a burst of 100 writes into one cycle', async () => {
    w = new WatchProcess(dir);
    await w.waitFor(0);
    await settle();
    const n = w.statuses().length;
    const original = readFileSync(file('file-imports.yaml'), 'utf8');
    for (let i = 0; i < 100; i++) writeFileSync(file('file-imports.yaml'), original.replace('team: appsec', `team: appsec, rev: "${i}"`));
    await w.waitFor(n);
    await settle();
    expect(w.statuses().length - n).toBe(1);
    expect(w.output).toContain('"99"');
  });

  it('applies each valid plan with --apply, and exits cleanly on SIGINT with the lock released', async () => {
    w = new WatchProcess(dir, ['--apply', '--skip-connection-tests']);
    const first = await w.waitFor(0, (s) => s.rest.includes('applied'));
    expect(first.rest).toContain('applied 15 change(s)');
    const db = path.join(dir, '.secwire/hub.db');
    const count = () => {
      const conn = new Database(db, { readonly: true });
      try {
        return [(conn.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n, (conn.prepare('SELECT count(*) AS n FROM lock').get() as { n: number }).n];
      } finally {
        conn.close();
      }
    };
    expect(count()).toEqual([15, 0]);
    const n = w.statuses().length;
    writeFileSync(file('extra.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: nmap-extra }\nspec: { type: nmap }\n');
    await w.waitFor(n, (s) => s.rest.includes('applied 1 change(s)'));
    expect(count()).toEqual([16, 0]);
    expect(await w.stop('SIGINT')).toBe(0);
    expect(count()[1]).toBe(0);
  });

  it('refuses --apply against a remote backend without --allow-remote', async () => {
    w = new WatchProcess(dir, ['--apply', '--backend', 'https://hub.example.net']);
    const code = await new Promise<number | null>((r) => w!.child.once('exit', r));
    expect(code).toBe(1);
    expect(w.output).toContain('--allow-remote');
  });
});
