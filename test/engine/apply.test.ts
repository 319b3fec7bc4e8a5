// The executor against a real SQLite hub: connection tests gate writes, failures stay isolated, reruns converge.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import type { ConnectionTestResult } from '../../src/catalog/runtime.js';
import { applyPlan } from '../../src/engine/apply.js';
import { secretComparer } from '../../src/engine/compare-secrets.js';
import type { ConnectionTester } from '../../src/engine/connection-tester.js';
import { toDesired, type DesiredRecord } from '../../src/engine/desired.js';
import { HostLimiter } from '../../src/engine/host-limiter.js';
import { plan } from '../../src/engine/plan.js';
import type { IntegrationDocument } from '../../src/manifest/generated/manifest-types.js';
import { loadOrCreateHubKey } from '../../src/secrets/hub-key.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubStore } from '../../src/state/types.js';

let dir: string;
let store: HubStore;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-apply-'));
  store = await openStore('file:hub.db', { cwd: dir });
  process.env.TEST_APPLY_TOKEN = 'apply-test-token-value';
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function jira(name: string): DesiredRecord {
  const doc = {
    apiVersion: 'secwire/v1',
    kind: 'Integration',
    metadata: { name },
    spec: {
      type: 'jira',
      auth: { base_url: `https://${name}.example.net`, email: 'bot@example.net', api_token: { env: 'TEST_APPLY_TOKEN' } },
      config: { project_key: 'SEC' },
    },
  } as IntegrationDocument;
  return toDesired(doc, 'm.yaml');
}

async function applyAll(desired: DesiredRecord[], testConnection?: ConnectionTester) {
  const actual = await store.list();
  const keys = { hubKey: await loadOrCreateHubKey({ path: path.join(dir, 'hub.key'), env: undefined }) };
  const compare = await secretComparer(desired, actual, keys);
  const p = plan(desired, actual, { compareSecret: compare });
  const results = await applyPlan(p, { store, desired, keys, compare, actor: 'test', planHash: 'h', ...(testConnection ? { testConnection } : {}) });
  return { plan: p, results };
}

const ok = (version: string): ConnectionTestResult => ({ ok: true, latency_ms: 5, vendor_version: version, warnings: [] });

describe('apply', () => {
  it('stores the connection test on the record, and the credential only encrypted', async () => {
    const seen: string[] = [];
    const tester: ConnectionTester = async (want, credentials) => {
      seen.push(`${want.name}:${new TextDecoder().decode(credentials.get('auth.api_token'))}`);
      return ok('10.2.0');
    };
    const { results } = await applyAll([jira('a')], tester);
    expect(results).toEqual([expect.objectContaining({ name: 'a', ok: true, test: 'ok' })]);
    expect(seen).toEqual(['a:apply-test-token-value']);
    const record = await store.get('a');
    expect(record?.last_test).toMatchObject({ ok: true, vendor_version: '10.2.0' });
    expect(JSON.stringify(record)).not.toContain('apply-test-token-value');
  });

  it('writes nothing for a failed test, applies the others, and a rerun converges', async () => {
    let failB = true;
    const tester: ConnectionTester = async (want) => {
      if (want.name === 'b' && failB) throw new Error('authentication rejected (401)');
      return ok('1');
    };
    const desired = [jira('a'), jira('b'), jira('c')];
    const first = await applyAll(desired, tester);
    expect(first.results.map((r) => [r.name, r.ok])).toEqual([['a', true], ['b', false], ['c', true]]);
    expect((await store.list()).map((r) => r.name)).toEqual(['a', 'c']);
    const audit = await store.audit({ kind: 'apply' });
    expect(audit.filter((e) => (e.data as { ok: boolean }).ok === false)).toHaveLength(1);

    failB = false;
    const second = await applyAll(desired, tester);
    expect(second.plan.summary).toMatchObject({ add: 1, change: 0, destroy: 0 });
    expect((await store.list()).map((r) => r.name)).toEqual(['a', 'b', 'c']);
    const third = await applyAll(desired, tester);
    expect(third.plan.summary).toMatchObject({ add: 0, change: 0, destroy: 0, unchanged: 3 });
  });

  it('refuses to write when the vendor answers ok: false', async () => {
    const { results } = await applyAll([jira('a')], async () => ({ ok: false, latency_ms: 1, warnings: ['token expired'] }));
    expect(results[0]).toMatchObject({ ok: false, error: 'connection test failed: token expired' });
    expect(await store.get('a')).toBeUndefined();
  });

  it('hands the unchanged credential, decrypted from the hub, to the next connection test', async () => {
    await applyAll([jira('a')], async () => ok('1'));
    const changed = { ...jira('a'), metadata: { labels: { team: 'x' }, annotations: {} } };
    let token = '';
    await applyAll([changed], async (_want, credentials) => {
      token = new TextDecoder().decode(credentials.get('auth.api_token'));
      return ok('2');
    });
    expect(token).toBe('apply-test-token-value');
    expect((await store.get('a'))?.last_test?.vendor_version).toBe('2');
  });
});

describe('host limiter', () => {
  it('spaces request starts on one host by its rate and leaves other hosts alone', async () => {
    const limiter = new HostLimiter({ 'slow.example': { requests_per_second: 50, concurrency: 10 } });
    const starts: number[] = [];
    const other: number[] = [];
    const t0 = performance.now();
    await Promise.all([
      ...Array.from({ length: 10 }, () => limiter.schedule('slow.example', async () => void starts.push(performance.now() - t0))),
      ...Array.from({ length: 10 }, () => limiter.schedule('fast.example', async () => void other.push(performance.now() - t0))),
    ]);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // 50 per second is one start per 20 ms; timer slack may make a gap longer, never (meaningfully) shorter.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...other)).toBeLessThan(Math.max(...starts));
  });
});
