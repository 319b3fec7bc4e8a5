// MobSF runtime beyond the conformance suite: one row of one page is asked for, and the total comes from `count`.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { mobsfFake } from '../../../test/conformance/fakes/mobsf.js';
import { mobsfRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const KEY = mobsfFake.secrets['auth.api_key']!;

async function run() {
  server = await startFakeServer({ routes: mobsfFake.routes() });
  const spec = { type: 'mobsf', auth: { base_url: server.url }, config: {} };
  const ctx = connectorContext({ name: 'mob', type: 'mobsf', spec }, new Map([['auth.api_key', new TextEncoder().encode(KEY)]]), 'MobSF', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
  return mobsfRuntime.testConnection!(ctx);
}

describe('mobsf runtime', () => {
  it('asks for one row of the first page and counts every scan', async () => {
    const result = await run();
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.query).toEqual({ page: '1', page_size: '1' });
    expect(server!.requests[0]!.headers['x-mobsf-api-key']).toBe(KEY);
    expect(result.license).toBe('open source, 3 scans on the server');
  });
});
