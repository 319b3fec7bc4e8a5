// Qualys throttling beyond the conformance suite: a 409 with X-RateLimit-ToWait-Sec is waited out and retried.
import { afterEach, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { qualysThrottled } from '../../../test/fakes/behaviours.js';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { qualysFake } from '../../../test/conformance/fakes/qualys.js';
import { qualysRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('waits as long as X-RateLimit-ToWait-Sec says on a 409, then succeeds', async () => {
  const probe = qualysFake.routes()[qualysFake.probe]!;
  server = await startFakeServer({ routes: { [qualysFake.probe]: qualysThrottled(1, 12, probe) } });
  const sleeps: number[] = [];
  const credentials = new Map(Object.entries(qualysFake.secrets).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  const ctx = connectorContext({ name: 'qualys-us2', type: 'qualys', spec: { type: 'qualys', ...qualysFake.spec(server.url) } }, credentials, 'Qualys VMDR', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), sleep: async (ms) => void sleeps.push(ms), retry: { ...o.retry, retries: 2 } }),
  });
  const result = await qualysRuntime.testConnection!(ctx);
  expect(result).toMatchObject({ ok: true, user: 'acme_ab12' });
  expect(sleeps).toEqual([12_000]);
  expect(server.requests).toHaveLength(2);
  expect(server.requests.every((r) => r.headers['x-requested-with'] === 'secwire')).toBe(true);
});
