// Prisma Cloud beyond the conformance suite: the CSPM JWT is kept for its lifetime, and a refused one gets one fresh login.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../../test/fakes/fake-server.js';
import { prismaCloudFake } from '../../../test/conformance/fakes/prisma_cloud.js';
import { clearPrismaSessions } from './client.js';
import { prismaCloudRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  clearPrismaSessions();
});

const context = (url: string) => fakeContext(prismaCloudFake, url);

describe('prisma_cloud sessions', () => {
  it('logs in once and reuses the JWT for the next test of the same tenant and key', async () => {
    server = await startFakeServer({ routes: prismaCloudFake.routes() });
    const first = await prismaCloudRuntime.testConnection!(context(server.url));
    const second = await prismaCloudRuntime.testConnection!(context(server.url));
    expect(second.user).toBe(first.user);
    expect(server.requests.map((r) => r.route)).toEqual(['POST /login', 'GET /auth_token/extend', 'GET /auth_token/extend']);
  });

  it('logs in again, once, when the tenant refuses the cached JWT', async () => {
    let refuse = false;
    const routes = prismaCloudFake.routes();
    const extend = routes['GET /auth_token/extend'] as FakeHandler;
    server = await startFakeServer({
      routes: { ...routes, 'GET /auth_token/extend': (req) => (refuse ? ((refuse = false), { status: 401, body: { message: 'invalid_credentials' } }) : extend(req)) },
    });
    await prismaCloudRuntime.testConnection!(context(server.url));
    refuse = true;
    const result = await prismaCloudRuntime.testConnection!(context(server.url));
    expect(result.ok).toBe(true);
    expect(server.requests.map((r) => r.route)).toEqual(['POST /login', 'GET /auth_token/extend', 'GET /auth_token/extend', 'POST /login', 'GET /auth_token/extend']);
  });
});
