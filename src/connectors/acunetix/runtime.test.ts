// Acunetix 360 beyond the conformance suite (whose fake is on-premises): Basic user ID:API token against /api/1.0/scans/list.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { acunetixRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const USER_ID = '5d1c0f2a7b3e4c9d8a6f1e2b3c4d5e6f';
const TOKEN = 'a360-token-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c';

describe('acunetix 360', () => {
  it('tests the connection with Basic user ID:API token on one scan-list page', async () => {
    server = await startFakeServer({
      routes: { 'GET /api/1.0/scans/list': { body: { FirstItemOnPage: 1, HasNextPage: false, HasPreviousPage: false, IsFirstPage: true, IsLastPage: true, LastItemOnPage: 0, List: [], PageCount: 0, PageNumber: 1, PageSize: 1, TotalItemCount: 0 } } },
    });
    const spec = { type: 'acunetix', auth: { deployment: 'acunetix_360', base_url: server.url, user_id: USER_ID }, config: {} };
    const ctx = connectorContext({ name: 'a360', type: 'acunetix', spec }, new Map([['auth.api_token', new TextEncoder().encode(TOKEN)]]), 'Acunetix', {
      createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
    });
    expect(await acunetixRuntime.testConnection!(ctx)).toMatchObject({ ok: true, vendor_version: 'Acunetix 360 (API 1.0)', user: USER_ID, warnings: [] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.query).toEqual({ page: '1', pageSize: '1' });
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${USER_ID}:${TOKEN}`).toString('base64')}`);
    expect(server.requests[0]!.headers['x-auth']).toBeUndefined();
    server.assertNoUnexpected();
  });
});
