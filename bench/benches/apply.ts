// apply of 1,000 changes whose connection test hits a fake vendor on loopback that answers in 20 ms and allows
// 50 requests per second per host (429 beyond). Floor: 1,000 / 50 = 20 s. Target: within 1.2x, and no 429 received.
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import '../../src/connectors/index.js';
import type { IntegrationDocument } from '../../src/manifest/generated/manifest-types.js';
import { applyPlan } from '../../src/engine/apply.js';
import { secretComparer } from '../../src/engine/compare-secrets.js';
import { connectorContext, type ConnectionTester } from '../../src/engine/connection-tester.js';
import { toDesired } from '../../src/engine/desired.js';
import { HostLimiter } from '../../src/engine/host-limiter.js';
import { plan } from '../../src/engine/plan.js';
import { createHttpClient } from '../../src/http/index.js';
import { loadOrCreateHubKey } from '../../src/secrets/hub-key.js';
import { openStore } from '../../src/state/open-store.js';
import { startFakeServer } from '../../test/fakes/fake-server.js';
import type { BenchModule } from '../lib/types.js';

const CHANGES = 1000;
const RATE = 50;
const LATENCY_MS = 20;

export const applyBench: BenchModule = {
  name: 'apply',
  description: `apply of ${CHANGES} changes, connection test 20 ms, ${RATE} requests/s per host allowed, vs the ${CHANGES / RATE} s floor`,
  async run({ tmp, log }) {
    const server = await startFakeServer({
      routes: { 'GET /rest/api/3/myself': { status: 200, body: { accountId: 'bench' }, delayMs: LATENCY_MS } },
      rateLimit: { perSecond: RATE, burst: 5 },
    });
    try {
      process.env.BENCH_APPLY_TOKEN = 'bench-token';
      const desired = Array.from({ length: CHANGES }, (_, i) =>
        toDesired(
          {
            apiVersion: 'secwire/v1',
            kind: 'Integration',
            metadata: { name: `jira-${String(i).padStart(4, '0')}` },
            spec: { type: 'jira', auth: { base_url: server.url, email: 'bot@example.net', api_token: { env: 'BENCH_APPLY_TOKEN' } }, config: { project_key: 'SEC' } },
          } as IntegrationDocument,
          'bench.yaml',
        ),
      );
      const store = await openStore('file:hub.db', { cwd: mkdtempSync(path.join(tmp, 'hub-')) });
      const keys = { hubKey: await loadOrCreateHubKey({ path: path.join(tmp, 'hub.key'), env: undefined }) };
      const limiter = new HostLimiter({ [new URL(server.url).host]: { requests_per_second: RATE, concurrency: 10 } });
      let retries = 0;
      const testConnection: ConnectionTester = async (want, credentials) => {
        const ctx = connectorContext(want, credentials, 'Jira', {
          createClient: (o) => createHttpClient({ ...o, onRetry: () => void retries++ }),
          limiter,
        });
        const client = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: `Basic ${Buffer.from(`bot@example.net:${String(ctx.auth.api_token)}`).toString('base64')}` } });
        const response = await client.get('/rest/api/3/myself');
        return { ok: true, latency_ms: response.latencyMs, warnings: [] };
      };
      const compare = await secretComparer(desired, [], keys);
      const thePlan = plan(desired, [], { compareSecret: compare });
      const t0 = performance.now();
      const results = await applyPlan(thePlan, { store, desired, keys, compare, actor: 'bench', planHash: 'bench', testConnection, parallelism: 10 });
      const ms = performance.now() - t0;
      await store.close();
      const failed = results.filter((r) => !r.ok).length;
      const got429 = server.requests.length - results.length;
      if (failed) throw new Error(`${failed} changes failed: ${results.find((r) => !r.ok)?.error}`);
      const floor = (CHANGES / RATE) * 1000;
      log(`apply: ${CHANGES} changes in ${ms.toFixed(0)} ms; ${server.requests.length} requests, ${got429} answered 429, ${retries} retries`);
      return [
        { bench: 'apply', metric: `apply ${CHANGES} changes (test 20 ms, ${RATE}/s per host)`, value: ms, unit: 'ms', note: `${got429} × 429, ${retries} retries` },
        { bench: 'apply', metric: `floor ${CHANGES} / ${RATE} per second`, value: floor, unit: 'ms' },
        { bench: 'apply', metric: 'ratio apply / floor', value: ms / floor, unit: 'x', target: 1.2 },
      ];
    } finally {
      await server.close();
    }
  },
};
