// Black Duck beyond the conformance suite: the bearer token is kept for its lifetime, and a refused one gets one fresh exchange.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../../test/fakes/fake-server.js';
import { blackduckFake } from '../../../test/conformance/fakes/blackduck.js';
import { clearBlackduckBearers } from './client.js';
import { blackduckRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  clearBlackduckBearers();
});

const context = (url: string) => fakeContext(blackduckFake, url);

describe('blackduck bearer tokens', () => {
  it('exchanges the API token once and reuses the bearer for the next test of the same server', async () => {
    server = await startFakeServer({ routes: blackduckFake.routes() });
    const first = await blackduckRuntime.testConnection!(context(server.url));
    const second = await blackduckRuntime.testConnection!(context(server.url));
    expect(second).toMatchObject({ user: first.user, vendor_version: first.vendor_version });
    expect(server.requests.map((r) => r.route)).toEqual(['POST /api/tokens/authenticate', 'GET /api/current-version', 'GET /api/current-user', 'GET /api/current-version', 'GET /api/current-user']);
  });

  it('exchanges again, once, when the server refuses the cached bearer', async () => {
    let refuse = false;
    const routes = blackduckFake.routes();
    const version = routes['GET /api/current-version'] as FakeHandler;
    server = await startFakeServer({
      routes: { ...routes, 'GET /api/current-version': (req) => (refuse ? ((refuse = false), { status: 401, body: { errorMessage: 'Unauthorized' } }) : version(req)) },
    });
    await blackduckRuntime.testConnection!(context(server.url));
    refuse = true;
    expect((await blackduckRuntime.testConnection!(context(server.url))).ok).toBe(true);
    expect(server.requests.map((r) => r.route).filter((r) => r?.startsWith('POST'))).toEqual(['POST /api/tokens/authenticate', 'POST /api/tokens/authenticate']);
  });
});
