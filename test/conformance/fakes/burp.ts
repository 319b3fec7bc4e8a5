// Fake Burp Suite DAST GraphQL API for the scanner conformance suite (a GraphQL schema, no OpenAPI file).
// POST /graphql/v1 with the raw key in Authorization and the site_tree shape follow PortSwigger's getting-started page.
import type { FakeHandler, FakeResponse } from '../../fakes/fake-server.js';
import type { VendorFake } from '../vendor-fake.js';

const API_KEY = 'rJ8xQ2mN5vB7cL1kZ9wT3yH6fD4gS0aP';

/** A missing or wrong key: 401 with a GraphQL error document (status and wording unconfirmed). */
const unauthorized: FakeResponse = { status: 401, headers: { 'content-type': 'application/json' }, body: { errors: [{ message: 'Unauthorized' }] } };

function authed(handler: FakeHandler): FakeHandler {
  return (req) => (req.headers.authorization === API_KEY ? handler(req) : unauthorized);
}

export const burpFake: VendorFake = {
  type: 'burp',
  probe: 'POST /graphql/v1',
  authFailure: unauthorized,
  secrets: { 'auth.api_key': API_KEY },
  openapi: { none: 'Burp Suite DAST has a GraphQL API (schema reference and introspection), not an OpenAPI description' },
  spec: (url) => ({ auth: { base_url: url }, config: { site_id: '42' } }),
  routes: () => ({
    'POST /graphql/v1': authed((req) => {
      const query = (req.json as { query?: unknown } | undefined)?.query;
      if (typeof query !== 'string' || !/site_tree/.test(query)) {
        return { body: { errors: [{ message: `fake Burp: unexpected query ${JSON.stringify(query)}` }] } };
      }
      return {
        body: {
          data: {
            site_tree: {
              sites: [
                { id: '42', name: 'Acme shop' },
                { id: '43', name: 'Acme admin' },
              ],
            },
          },
        },
      };
    }),
  }),
  expectResult(result) {
    if (result.license !== '2 sites visible') throw new Error(`license ${result.license}`);
    if (result.warnings.length !== 0) throw new Error(`warnings ${result.warnings.join('; ')}`);
  },
};
