// Cross-process behaviour of the SQLite store: lock contention between two child processes, and SIGKILL mid-write.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockHeldError } from './errors.js';
import { openStore } from './open-store.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const openStoreUrl = new URL('./open-store.ts', import.meta.url).href;

// One child program, several roles. Written as .mts so it is ESM wherever the temp dir is.
const CHILD = `
import { openStore } from ${JSON.stringify(openStoreUrl)};
const [role, cwd, arg1, arg2] = process.argv.slice(2);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
const store = await openStore('file:hub.db', { cwd });
if (role === 'hold') {
  const lock = await store.lock({ holder: arg1, operation: 'apply', timeoutMs: 0 });
  say({ event: 'locked', lock });
  process.stdin.on('data', async () => { await store.unlock(lock.id); say({ event: 'released' }); await store.close(); process.exit(0); });
} else if (role === 'try') {
  const started = Date.now();
  try {
    const lock = await store.lock({ holder: arg1, operation: 'plan', timeoutMs: Number(arg2), pollMs: 50 });
    say({ event: 'locked', lock, waited: Date.now() - started, lineage: await store.lineage() });
    await new Promise((r) => setTimeout(r, 100));
    await store.unlock(lock.id);
  } catch (err) {
    say({ event: 'error', name: err.name, message: err.message, hint: err.hint, lock: err.lock, waited: Date.now() - started });
  }
  await store.close();
} else if (role === 'write-loop') {
  say({ event: 'ready' });
  for (;;) {
    const next = (await store.serial()) + 1;
    const now = new Date().toISOString();
    const committed = await store.write({
      put: [{ name: 'r-' + next, kind: 'Integration', type: 'nuclei', archetype: 'scanner', spec: { pad: 'x'.repeat(500), n: next },
              metadata: { labels: {}, annotations: {} }, secrets: {}, managed: true, source_file: null, protect: false,
              created_at: now, updated_at: now, last_test: null }],
      audit: { at: now, actor: 'crash-test', kind: 'apply', data: { n: next } },
    });
    say({ event: 'committed', serial: committed });
  }
}
`;

interface Msg {
  event: string;
  [key: string]: unknown;
}

interface Child {
  proc: ChildProcess;
  next: () => Promise<Msg>;
  exited: Promise<number | null>;
  /** Resolves once stdout has ended, i.e. every line the child wrote has been parsed. */
  drained: Promise<Msg[]>;
}

let dir: string;
let script: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secwire-proc-'));
  script = join(dir, 'child.mts');
  writeFileSync(script, CHILD);
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function start(...args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, args[0]!, dir, ...args.slice(1)], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(proc);
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const queue: Msg[] = [];
  const waiters: ((m: Msg) => void)[] = [];
  const lines = createInterface({ input: proc.stdout! });
  lines.on('line', (line) => {
    const msg = JSON.parse(line) as Msg;
    const w = waiters.shift();
    if (w) w(msg);
    else queue.push(msg);
  });
  const drained = new Promise<Msg[]>((resolve) => lines.on('close', () => resolve(queue.splice(0))));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const next = () =>
    new Promise<Msg>((resolve, reject) => {
      const m = queue.shift();
      if (m) return resolve(m);
      waiters.push(resolve);
      void exited.then(() => setTimeout(() => reject(new Error(`child exited without output; stderr:\n${err}`)), 50));
    });
  return { proc, next, exited, drained };
}

describe('SqliteStore across processes', () => {
  it('keeps a second process out while the first holds the lock, naming the holder', async () => {
    const holder = start('hold', 'alice@ci-runner-1');
    const locked = await holder.next();
    expect(locked.event).toBe('locked');
    const lock = locked.lock as { id: string; pid: number; created_at: string };
    expect(lock.pid).toBe(holder.proc.pid);

    const contender = start('try', 'bob@laptop', '600');
    const refused = await contender.next();
    expect(refused).toMatchObject({ event: 'error', name: 'LockHeldError', lock: { id: lock.id, holder: 'alice@ci-runner-1' } });
    expect(refused.waited as number).toBeGreaterThanOrEqual(600);
    expect(refused.message).toContain(`locked by alice@ci-runner-1 for "apply" since ${lock.created_at}`);
    expect(refused.message).toContain(`pid ${holder.proc.pid}`);
    expect(refused.hint).toContain(`secwire force-unlock ${lock.id}`);
    expect(await contender.exited).toBe(0);

    // A waiter gets the lock once the holder releases it.
    const waiter = start('try', 'carol', '15000');
    await new Promise((r) => setTimeout(r, 300));
    holder.proc.stdin!.write('release\n');
    expect((await holder.next()).event).toBe('released');
    const got = await waiter.next();
    expect(got).toMatchObject({ event: 'locked', lock: { holder: 'carol' } });
    expect(await waiter.exited).toBe(0);
  });

  it('lets several processes create the same new store at once; the lock serializes them', async () => {
    const racers = [1, 2, 3, 4].map((i) => start('try', `racer-${i}`, '20000'));
    const results = await Promise.all(racers.map((r) => r.next()));
    expect(results.map((r) => r.event)).toEqual(['locked', 'locked', 'locked', 'locked']);
    expect(new Set(results.map((r) => r.lineage)).size).toBe(1);
    expect(await Promise.all(racers.map((r) => r.exited))).toEqual([0, 0, 0, 0]);
    // each holds the lock 100 ms before releasing it, so acquisitions are at least that far apart
    const times = results.map((r) => Date.parse((r.lock as { created_at: string }).created_at)).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(99);
  });

  it('leaves a killed holder\'s lock in place, says the holder is gone, and force-unlock clears it', async () => {
    const holder = start('hold', 'dave');
    const { lock } = (await holder.next()) as unknown as { lock: { id: string } };
    holder.proc.kill('SIGKILL');
    await holder.exited;
    const store = await openStore('file:hub.db', { cwd: dir });
    try {
      const err = await store.lock({ holder: 'erin', operation: 'apply', timeoutMs: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LockHeldError);
      expect((err as LockHeldError).message).toContain('that process is no longer running');
      expect((err as LockHeldError).hint).toBe(`the holder is gone; release the lock with: secwire force-unlock ${lock.id}`);
      await store.forceUnlock(lock.id, { actor: 'erin' });
      const mine = await store.lock({ holder: 'erin', operation: 'apply', timeoutMs: 0 });
      await store.unlock(mine.id);
    } finally {
      await store.close();
    }
  });

  it('survives SIGKILL at random moments: integrity ok, serial equals committed records, no acknowledged write lost', async () => {
    let acknowledged = 0;
    const acks: number[] = [];
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      const child = start('write-loop');
      // Half the rounds die while opening (possibly mid-migration on round 0), half while writing.
      if (round % 2 === 1) {
        expect((await child.next()).event).toBe('ready');
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 150)));
      } else {
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 1200)));
      }
      child.proc.kill('SIGKILL');
      await child.exited;
      // Every write the child acknowledged before it died must be in the file.
      for (const msg of await child.drained) {
        if (msg.event === 'committed') acknowledged = Math.max(acknowledged, msg.serial as number);
      }
      acks.push(acknowledged);
    }

    const raw = new Database(join(dir, 'hub.db'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const serial = raw.prepare('SELECT serial FROM meta').pluck().get() as number;
    const records = raw.prepare('SELECT count(*) FROM records').pluck().get() as number;
    const audits = raw.prepare('SELECT count(*) FROM audit').pluck().get() as number;
    const maxN = raw.prepare("SELECT max(json_extract(spec, '$.n')) FROM records").pluck().get() as number | null;
    raw.close();

    expect(records).toBe(serial);
    expect(audits).toBe(serial);
    expect(maxN ?? 0).toBe(serial);
    expect(serial).toBeGreaterThanOrEqual(acknowledged);
    expect(acknowledged, `acknowledged serial per round: ${acks.join(', ')}`).toBeGreaterThan(0);
    if (process.env.SECWIRE_DEBUG_CRASH) console.log({ acks, serial });

    const store = await openStore('file:hub.db', { cwd: dir });
    expect(await store.serial()).toBe(serial);
    expect((await store.list()).length).toBe(serial);
    await store.close();
  }, 120_000);
});
