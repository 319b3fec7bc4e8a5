// Tests for SqliteStore in one process against a real file: records, serial, atomic writes, audit, lock, file modes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidRecordError,
  InvalidWriteError,
  LockHeldError,
  LockMismatchError,
  RecordNotFoundError,
  SerialMismatchError,
  StoreClosedError,
} from './errors.js';
import { openStore } from './open-store.js';
import type { AuditEntry, HubRecord, HubStore } from './types.js';

let dir: string;
const open = (backend = 'file:hub.db') => openStore(backend, { cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secwire-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function record(name: string, overrides: Partial<HubRecord> = {}): HubRecord {
  return {
    name,
    kind: 'Integration',
    type: 'jira',
    archetype: 'itsm',
    spec: { enabled: true, config: { project_key: 'SEC' }, ticketing: { mappings: { priority: { critical: 'Highest' } } } },
    metadata: { labels: { team: 'appsec' }, annotations: {} },
    secrets: { 'auth.api_token': { ciphertext: 'enc:v1:abc', sealed_digest: 'sha256:1', fingerprint: 'fp:1', source: 'sealed' } },
    managed: true,
    source_file: 'integrations/jira.yaml',
    protect: false,
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-01T00:00:00.000Z',
    last_test: null,
    applied_digest: null,
    ...overrides,
  };
}

function audit(kind: AuditEntry['kind'] = 'apply', data: unknown = { changes: 1 }): AuditEntry {
  return { at: new Date().toISOString(), actor: 'ci@acme', kind, plan_hash: 'sha256:plan', data };
}

async function withStore<T>(fn: (s: HubStore) => Promise<T>, backend?: string): Promise<T> {
  const s = await open(backend);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

describe('SqliteStore records', () => {
  it('round-trips put/get/list/delete', async () => {
    await withStore(async (s) => {
      expect(await s.list()).toEqual([]);
      expect(await s.get('jira-prod')).toBeUndefined();
      const r = record('jira-prod', { last_test: { at: 'x', ok: true, latency_ms: 12, warnings: [] } });
      await s.put(r);
      expect(await s.get('jira-prod')).toEqual(r);
      await s.put(record('github-acme', { type: 'github', archetype: 'asset_source', managed: false, source_file: null, protect: true }));
      await s.put(record('b-scanner'));
      expect((await s.list()).map((x) => x.name)).toEqual(['b-scanner', 'github-acme', 'jira-prod']);
      const github = await s.get('github-acme');
      expect(github).toMatchObject({ managed: false, source_file: null, protect: true });
      await s.delete('b-scanner');
      expect((await s.list()).map((x) => x.name)).toEqual(['github-acme', 'jira-prod']);
    });
  });

  it('updates in place and keeps the first created_at', async () => {
    await withStore(async (s) => {
      await s.put(record('a'));
      await s.put(record('a', { spec: { v: 2 }, created_at: '2030-01-01T00:00:00.000Z', updated_at: '2025-02-02T00:00:00.000Z' }));
      const got = await s.get('a');
      expect(got?.spec).toEqual({ v: 2 });
      expect(got?.created_at).toBe('2025-01-01T00:00:00.000Z');
      expect(got?.updated_at).toBe('2025-02-02T00:00:00.000Z');
      expect(await s.list()).toHaveLength(1);
    });
  });

  it('bumps serial once per changing write, and keeps serial and lineage across reopen', async () => {
    const first = await withStore(async (s) => {
      expect(await s.serial()).toBe(0);
      expect(await s.put(record('a'))).toBe(1);
      expect(await s.put(record('a'))).toBe(2);
      expect(await s.write({ put: [record('b'), record('c')], delete: ['a'] })).toBe(3);
      expect(await s.delete('does-not-exist')).toBe(3);
      expect(await s.write({ audit: audit() })).toBe(3);
      return { lineage: await s.lineage(), serial: await s.serial() };
    });
    expect(first.lineage).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await withStore(async (s) => {
      expect(await s.lineage()).toBe(first.lineage);
      expect(await s.serial()).toBe(3);
      expect(await s.put(record('d'))).toBe(4);
    });
    await withStore(async (s) => expect(await s.serial()).toBe(4));
  });

  it('gives two stores different lineages', async () => {
    const a = await withStore((s) => s.lineage(), 'file:a.db');
    const b = await withStore((s) => s.lineage(), 'file:b.db');
    expect(a).not.toBe(b);
  });

  it('records a connection test without bumping serial or updated_at', async () => {
    await withStore(async (s) => {
      await s.put(record('a'));
      const test = { at: '2025-03-03T00:00:00.000Z', ok: false, latency_ms: 80, warnings: ['old version'], error: 'HTTP 401', vendor_version: '9.1' };
      await s.recordTest('a', test);
      expect(await s.serial()).toBe(1);
      const got = await s.get('a');
      expect(got?.last_test).toEqual(test);
      expect(got?.updated_at).toBe('2025-01-01T00:00:00.000Z');
      await expect(s.recordTest('missing', test)).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });
});

describe('SqliteStore atomic writes', () => {
  it('writes records and their audit entry in one transaction', async () => {
    await withStore(async (s) => {
      const serial = await s.write({ put: [record('a')], audit: audit('apply', { created: ['a'] }) });
      expect(serial).toBe(1);
      const [entry] = await s.audit();
      expect(entry).toMatchObject({ kind: 'apply', actor: 'ci@acme', plan_hash: 'sha256:plan', data: { created: ['a'] } });
      expect(entry?.id).toBeTypeOf('number');
    });
  });

  it('rolls back everything when a later record fails mid-transaction', async () => {
    await withStore(async (s) => {
      await s.put(record('keep'));
      // The second record's spec cannot be serialized: the first upsert already ran inside the transaction.
      const bad = record('bad', { spec: { n: 10n } as unknown as Record<string, unknown> });
      await expect(s.write({ put: [record('new'), bad], delete: ['keep'], audit: audit() })).rejects.toBeInstanceOf(InvalidWriteError);
      expect((await s.list()).map((r) => r.name)).toEqual(['keep']);
      expect(await s.audit()).toEqual([]);
      expect(await s.serial()).toBe(1);
    });
  });

  it('rolls back puts and deletes when the audit entry fails after them', async () => {
    await withStore(async (s) => {
      await s.put(record('old'));
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const write = s.write({ put: [record('a')], delete: ['old'], audit: [audit('apply', { ok: 1 }), audit('apply', cyclic)] });
      await expect(write).rejects.toBeInstanceOf(InvalidWriteError);
      expect((await s.list()).map((r) => r.name)).toEqual(['old']);
      expect(await s.audit()).toEqual([]);
      expect(await s.serial()).toBe(1);
    });
    // and nothing reached the file either
    await withStore(async (s) => {
      expect((await s.list()).map((r) => r.name)).toEqual(['old']);
      expect(await s.serial()).toBe(1);
    });
  });

  it('refuses a write whose ifSerial is stale, writing nothing', async () => {
    await withStore(async (s) => {
      await s.put(record('a'));
      const err = await s.write({ put: [record('b')], audit: audit(), ifSerial: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SerialMismatchError);
      expect((err as SerialMismatchError).message).toContain('expected serial 0, found 1');
      expect(await s.get('b')).toBeUndefined();
      expect(await s.audit()).toEqual([]);
      expect(await s.write({ put: [record('b')], ifSerial: 1 })).toBe(2);
    });
  });

  it('refuses malformed records and duplicate names before touching the file', async () => {
    await withStore(async (s) => {
      const broken = { ...record('x'), kind: 'Other', managed: 'yes' } as unknown as HubRecord;
      const err = await s.put(broken).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidRecordError);
      expect((err as Error).message).toContain('kind must be "Integration"');
      expect((err as Error).message).toContain('managed must be a boolean');
      await expect(s.put(record(''))).rejects.toBeInstanceOf(InvalidRecordError);
      await expect(s.write({ put: [record('a')], delete: ['a'] })).rejects.toBeInstanceOf(InvalidWriteError);
      await expect(s.appendAudit({ ...audit(), kind: 'nope' as AuditEntry['kind'] })).rejects.toBeInstanceOf(InvalidWriteError);
      expect(await s.serial()).toBe(0);
    });
  });
});

describe('SqliteStore audit log', () => {
  it('returns entries newest first, filtered by kind and limited', async () => {
    await withStore(async (s) => {
      await s.appendAudit(audit('apply', { n: 1 }));
      await s.appendAudit(audit('gate', { n: 2 }));
      await s.appendAudit({ at: 't', actor: 'me', kind: 'import', data: undefined });
      await s.appendAudit(audit('apply', { n: 4 }));
      expect((await s.audit()).map((e) => e.kind)).toEqual(['apply', 'import', 'gate', 'apply']);
      expect((await s.audit({ limit: 2 })).map((e) => e.kind)).toEqual(['apply', 'import']);
      expect((await s.audit({ kind: 'apply' })).map((e) => e.data)).toEqual([{ n: 4 }, { n: 1 }]);
      expect((await s.audit({ kind: 'apply', limit: 1 })).map((e) => e.data)).toEqual([{ n: 4 }]);
      const imported = (await s.audit({ kind: 'import' }))[0];
      expect(imported).toMatchObject({ data: null, plan_hash: null });
      expect(await s.serial()).toBe(0);
    });
  });
});

describe('SqliteStore lock (one process)', () => {
  it('takes, refuses a second taker with a useful error, and releases', async () => {
    await withStore(async (s) => {
      const lock = await s.lock({ holder: 'alice@laptop', operation: 'apply', timeoutMs: 0 });
      expect(await s.currentLock()).toEqual(lock);
      const err = await s.lock({ holder: 'bob', operation: 'apply', timeoutMs: 120, pollMs: 20 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LockHeldError);
      const held = err as LockHeldError;
      expect(held.lock.id).toBe(lock.id);
      expect(held.message).toContain('locked by alice@laptop for "apply" since ' + lock.created_at);
      expect(held.hint).toContain(`secwire force-unlock ${lock.id}`);
      expect(held.waitedMs).toBeGreaterThanOrEqual(100);
      await s.unlock(lock.id);
      expect(await s.currentLock()).toBeUndefined();
      await expect(s.unlock(lock.id)).rejects.toBeInstanceOf(LockMismatchError);
    });
  });

  it('waits for a lock that is released while waiting', async () => {
    await withStore(async (s) => {
      const first = await s.lock({ holder: 'a', operation: 'apply', timeoutMs: 0 });
      setTimeout(() => void s.unlock(first.id), 100);
      const second = await s.lock({ holder: 'b', operation: 'apply', timeoutMs: 2000, pollMs: 20 });
      expect(second.holder).toBe('b');
      expect(second.id).not.toBe(first.id);
    });
  });

  it('force-unlocks only the named lock and audits it in the same transaction', async () => {
    await withStore(async (s) => {
      await expect(s.forceUnlock('nope')).rejects.toThrow(/is not locked/);
      const lock = await s.lock({ holder: 'alice', operation: 'apply', timeoutMs: 0 });
      const wrong = await s.forceUnlock('other-id').catch((e: unknown) => e);
      expect(wrong).toBeInstanceOf(LockMismatchError);
      expect((wrong as LockMismatchError).hint).toBe(`to remove the current lock, run: secwire force-unlock ${lock.id}`);
      expect(await s.forceUnlock(lock.id, { actor: 'bob' })).toEqual(lock);
      expect(await s.currentLock()).toBeUndefined();
      const [entry] = await s.audit({ kind: 'force-unlock' });
      expect(entry).toMatchObject({ actor: 'bob', kind: 'force-unlock', data: { lock } });
      expect(await s.serial()).toBe(0);
    });
  });

  it('releases its own locks on close, not other holders\' locks', async () => {
    const s1 = await open();
    await s1.lock({ holder: 'a', operation: 'apply', timeoutMs: 0 });
    await s1.close();
    await withStore(async (s2) => {
      expect(await s2.currentLock()).toBeUndefined();
      const lock = await s2.lock({ holder: 'b', operation: 'apply', timeoutMs: 0 });
      const s3 = await open();
      await s3.close();
      expect(await s2.currentLock()).toEqual(lock);
    });
  });
});

describe('SqliteStore file', () => {
  it('creates the parent directory (0700) and the file with mode 0600, WAL files too', async () => {
    await withStore(async (s) => {
      await s.put(record('a'));
      const file = join(dir, 'nested/deeper/hub.db');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-shm`).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'nested/deeper')).mode & 0o777).toBe(0o700);
    }, 'file:nested/deeper/hub.db');
  });

  it('uses the default backend file:.secwire/hub.db', async () => {
    const s = await openStore(undefined, { cwd: dir });
    expect(s.location).toBe('file:.secwire/hub.db');
    await s.close();
    expect(statSync(join(dir, '.secwire/hub.db')).mode & 0o777).toBe(0o600);
  });

  it('keeps secrets as opaque ciphertext and never reads them back differently', async () => {
    await withStore(async (s) => {
      const r = record('a');
      await s.put(r);
      expect((await s.get('a'))?.secrets).toEqual(r.secrets);
    });
  });

  it('refuses every call after close, and close is idempotent', async () => {
    const s = await open();
    await s.close();
    await s.close();
    await expect(s.list()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(s.put(record('a'))).rejects.toBeInstanceOf(StoreClosedError);
    await expect(s.lock({ holder: 'a', operation: 'x', timeoutMs: 0 })).rejects.toBeInstanceOf(StoreClosedError);
  });

  it('works in memory for tests (file::memory:)', async () => {
    await withStore(async (s) => {
      expect(await s.put(record('a'))).toBe(1);
      expect(await s.list()).toHaveLength(1);
    }, 'file::memory:');
  });
});
