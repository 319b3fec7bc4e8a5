// Rapid7 beyond the conformance suite: a console user who may not read the licence; the cloud base URL and region.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { rapid7CloudFake, rapid7Fake } from '../../../test/conformance/fakes/rapid7.js';
import { rapid7CloudApi } from './cloud-client.js';
import { rapid7Runtime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const consoleCredentials = () => new Map(Object.entries(rapid7Fake.secrets).map(([k, v]) => [k, new TextEncoder().encode(v)]));
const context = (spec: Record<string, unknown>, credentials: ReadonlyMap<string, Uint8Array> = consoleCredentials()) =>
  connectorContext({ name: 'r7', type: 'rapid7', spec: { type: 'rapid7', ...spec } }, credentials, 'Rapid7 InsightVM', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });

describe('rapid7 runtime', () => {
  it('connects without the licence when the user is not a Global Administrator (403), with a warning', async () => {
    const forbidden = { status: 403, body: { status: '403', message: 'Forbidden' } };
    server = await startFakeServer({ routes: { ...rapid7Fake.routes(), 'GET /api/3/administration/license': forbidden } });
    const result = await rapid7Runtime.testConnection!(context(rapid7Fake.spec(server.url)));
    expect(result).toMatchObject({ ok: true, vendor_version: '6.6.301 (build 2025-11-19-10-05)', user: 'secwire' });
    expect(result.license).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringContaining('Global Administrators only')]);
  });

  it('cloud: accepts the v4 base path as base_url and names the region of a regional platform host', async () => {
    server = await startFakeServer({ routes: rapid7CloudFake.routes() });
    const spec = rapid7CloudFake.spec(`${server.url}/vm/v4/integration/`);
    const key = new Map([['auth.api_key', new TextEncoder().encode(rapid7CloudFake.secrets['auth.api_key']!)]]);
    const cloud = context(spec, key);
    expect((await rapid7Runtime.testConnection!(cloud)).license).toBe('3 scan engines');
    expect(server.requests.map((r) => r.route)).toEqual(['GET /validate', 'GET /vm/v4/integration/scan/engine']);
    expect(rapid7CloudApi(context({ auth: { deployment: 'cloud', base_url: 'https://eu.api.insight.rapid7.com' } }, key)).region).toBe('eu');
  });
});
