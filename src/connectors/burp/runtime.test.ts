// Burp runtime beyond the conformance suite: GraphQL errors sent with status 200 become HTTP-layer errors.
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../http/index.js';
import { testContext } from '../../../test/fakes/test-context.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { burpRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(routes: FakeRoutes) {
  server = await startFakeServer({ routes });
  const ctx = testContext('bp', 'burp', { auth: { base_url: server.url }, config: {} }, { 'auth.api_key': 'burp-key-test' });
  return burpRuntime.testConnection!(ctx);
}

describe('burp runtime', () => {
  it('sends the raw key and a site_tree query', async () => {
    await run({ 'POST /graphql/v1': { body: { data: { site_tree: { sites: [] } } } } });
    const req = server!.requests[0]!;
    expect(req.headers.authorization).toBe('burp-key-test');
    expect(req.json).toEqual({ query: expect.stringMatching(/site_tree/), variables: {} });
  });

  it('an unauthorized GraphQL error sent with 200 is an authentication error', async () => {
    const error = await run({ 'POST /graphql/v1': { body: { errors: [{ message: 'Unauthorized' }] } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('authentication');
  });

  it('another GraphQL error is a rejected request carrying the message', async () => {
    const error = await run({ 'POST /graphql/v1': { body: { errors: [{ message: "Validation error of type FieldUndefined: Field 'site_tree'" }] } } }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('rejected');
    expect((error as HttpError).message).toContain('FieldUndefined');
  });
});
