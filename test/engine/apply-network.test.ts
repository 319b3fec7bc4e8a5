// apply through the real HTTP client against fake vendors: Retry-After honoured, drift restored, and a sealed canary
// credential never reaching an error, the audit log or the store file, whatever the vendor answers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { applyPlan, type ChangeResult } from '../../src/engine/apply.js';
import { secretComparer } from '../../src/engine/compare-secrets.js';
import { connectorContext, type ConnectionTester } from '../../src/engine/connection-tester.js';
import { toDesired, type DesiredRecord } from '../../src/engine/desired.js';
import { HostLimiter } from '../../src/engine/host-limiter.js';
import { plan } from '../../src/engine/plan.js';
import { createHttpClient } from '../../src/http/index.js';
import type { IntegrationDocument } from '../../src/manifest/generated/manifest-types.js';
import { loadOrCreateHubKey } from '../../src/secrets/hub-key.js';
import { generateKeyPair } from '../../src/secrets/key-pair.js';
import { keyringFromKeys } from '../../src/secrets/keyring.js';
import { sealValue } from '../../src/secrets/seal.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubStore } from '../../src/state/types.js';
import { echoHeaders500, rateLimited } from '../fakes/behaviours.js';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';
import { leakedForms } from '../fakes/secret-forms.js';

const CANARY = 'CANARY-net-5d1e7b-never-print';
let dir: string;
let store: HubStore;
let server: FakeServer | undefined;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-apply-net-'));
  store = await openStore('file:hub.db', { cwd: dir });
});
afterEach(async () => {
  await store.close();
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A Jira integration whose api_token is the canary, sealed for this integration, field and the fake's origin. */
async function jiraSealedTo(url: string, name = 'jira-canary') {
  const key = await generateKeyPair();
  const sealed = await sealValue({ plaintext: CANARY, publicKey: key.publicKey, integration: name, field: 'auth.api_token', origin: url });
  const doc = {
    apiVersion: 'secwire/v1',
    kind: 'Integration',
    metadata: { name },
    spec: { type: 'jira', auth: { base_url: url, email: 'bot@example.net', api_token: { sealed } }, config: { project_key: 'SEC' } },
  } as IntegrationDocument;
  return { want: toDesired(doc, 'm.yaml'), keyring: keyringFromKeys([key]) };
}

const sleeps: number[] = [];
const tester = (): ConnectionTester => async (want, credentials) => {
  const ctx = connectorContext(want, credentials, 'Jira', {
    createClient: (o) => createHttpClient({ ...o, sleep: async (ms) => void sleeps.push(ms), retry: { retries: 3 } }),
    limiter: new HostLimiter(),
  });
  const basic = Buffer.from(`${String(ctx.auth.email)}:${String(ctx.auth.api_token)}`).toString('base64');
  const response = await ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: `Basic ${basic}` } }).get('/rest/api/3/myself');
  return { ok: true, latency_ms: response.latencyMs, user: String((response.body as { accountId?: string }).accountId), warnings: [] };
};

async function applyOnce(want: DesiredRecord, keyring: ReturnType<typeof keyringFromKeys>): Promise<ChangeResult> {
  const keys = { keyring, hubKey: await loadOrCreateHubKey({ path: path.join(dir, 'hub.key'), env: undefined }) };
  const actual = await store.list();
  const compare = await secretComparer([want], actual, keys);
  const [result] = await applyPlan(plan([want], actual, { compareSecret: compare }), { store, desired: [want], keys, compare, actor: 't', planHash: 'h', testConnection: tester() });
  return result!;
}

async function expectNoCanaryAnywhere(result: ChangeResult): Promise<void> {
  const texts = [JSON.stringify(result), JSON.stringify(await store.audit()), readFileSync(path.join(dir, 'hub.db')).toString('latin1')];
  try {
    texts.push(readFileSync(path.join(dir, 'hub.db-wal')).toString('latin1'));
  } catch {
    // no WAL file left: nothing to search
  }
  for (const text of texts) expect(leakedForms(text, CANARY)).toEqual([]);
}

describe('apply through HTTP', () => {
  it('waits as long as Retry-After says, then writes the record with its test result', async () => {
    server = await startFakeServer({ routes: { 'GET /rest/api/3/myself': rateLimited(2, 3, { status: 200, body: { accountId: 'acc-1' } }) } });
    sleeps.length = 0;
    const { want, keyring } = await jiraSealedTo(server.url);
    const result = await applyOnce(want, keyring);
    expect(result).toMatchObject({ ok: true, test: 'ok' });
    expect(sleeps.filter((ms) => ms >= 3000)).toHaveLength(2);
    expect((await store.get('jira-canary'))?.last_test).toMatchObject({ ok: true, user: 'acc-1' });
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`bot@example.net:${CANARY}`).toString('base64')}`);
    await expectNoCanaryAnywhere(result);
  });

  it('restores a record changed in the hub outside secwire', async () => {
    server = await startFakeServer({ routes: { 'GET /rest/api/3/myself': { status: 200, body: { accountId: 'a' } } } });
    const { want, keyring } = await jiraSealedTo(server.url);
    await applyOnce(want, keyring);
    const record = (await store.get('jira-canary'))!;
    await store.put({ ...record, spec: { ...record.spec, config: { project_key: 'OTHER', issue_type: 'Bug', labels: ['secwire'] } } });
    const drifted = plan([want], await store.list());
    expect(drifted.changes[0]).toMatchObject({ action: 'update', drift: true });
    await applyOnce(want, keyring);
    expect(plan([want], await store.list()).summary.change).toBe(0);
  });

  it.each([
    ['a 401', { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'] } }, /401/],
    ['a 500 echoing the request headers', echoHeaders500(), /500/],
  ])('never leaks the credential when the vendor answers %s', async (_label, handler, status) => {
    server = await startFakeServer({ routes: { 'GET /rest/api/3/myself': handler } });
    const { want, keyring } = await jiraSealedTo(server.url);
    const result = await applyOnce(want, keyring);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(status);
    expect(result.error).toContain('jira-canary');
    expect(await store.get('jira-canary')).toBeUndefined();
    await expectNoCanaryAnywhere(result);
  });

  it('never leaks the credential on a network error, a wrong scope or an unknown key', async () => {
    server = await startFakeServer({ routes: {} });
    const url = server.url;
    await server.close();
    server = undefined;
    const { want, keyring } = await jiraSealedTo(url);
    const network = await applyOnce(want, keyring);
    expect(network.ok).toBe(false);
    await expectNoCanaryAnywhere(network);

    const moved = { ...want, destination: 'https://elsewhere.example.net' };
    const scope = await applyOnce(moved, keyring);
    expect(scope.error).toContain('the integration now points at https://elsewhere.example.net');
    await expectNoCanaryAnywhere(scope);

    const unknown = await applyOnce(want, keyringFromKeys([await generateKeyPair()]));
    expect(unknown.error).toMatch(/needs key id [0-9a-f]{16}/);
    await expectNoCanaryAnywhere(unknown);
  });
});
