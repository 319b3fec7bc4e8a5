// A connector context for runtime tests: the integration's spec and plaintext secrets, the real HTTP client with no
// retries and no waits, its own redactor. Conformance fakes bring their spec and secrets with them.
import '../../src/connectors/index.js';
import { findConnector } from '../../src/catalog/registry.js';
import type { ConnectorContext } from '../../src/catalog/runtime.js';
import { connectorContext } from '../../src/engine/connection-tester.js';
import { createHttpClient } from '../../src/http/index.js';
import { Redactor } from '../../src/secrets/redactor.js';
import type { VendorFake } from '../conformance/vendor-fake.js';

export function testContext(name: string, type: string, spec: Record<string, unknown>, secrets: Readonly<Record<string, string>>): ConnectorContext {
  const credentials = new Map(Object.entries(secrets).map(([field, value]) => [field, new TextEncoder().encode(value)]));
  return connectorContext({ name, type, spec: { type, ...spec } }, credentials, findConnector(type)?.entry.displayName ?? type, {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), sleep: async () => {}, retry: { ...o.retry, retries: 0 } }),
  });
}

/** The context of a conformance fake's integration, pointed at `url`. */
export function fakeContext(fake: VendorFake, url: string, name = fake.type.replace(/_/g, '-')): ConnectorContext {
  return testContext(name, fake.type, fake.spec(url), fake.secrets);
}
