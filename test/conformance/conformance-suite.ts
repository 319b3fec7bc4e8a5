// One conformance suite per archetype: every registered connector of it with a runtime runs the same cases against its fake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { listConnectors, type Connector } from '../../src/catalog/registry.js';
import type { ConnectionTestResult, ConnectorContext, ConnectorRuntime } from '../../src/catalog/runtime.js';
import type { Archetype } from '../../src/catalog/types.js';
import { connectorContext } from '../../src/engine/connection-tester.js';
import { createHttpClient, HttpError } from '../../src/http/index.js';
import { Redactor } from '../../src/secrets/redactor.js';
import { flaky, hang, rateLimited, redirect } from '../fakes/behaviours.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../fakes/fake-server.js';
import { leakedForms } from '../fakes/secret-forms.js';
import { hasOpenssl, testPki } from '../fakes/test-pki.js';
import { hasDescription, loadDescription } from '../openapi/load-description.js';
import { openApiChecker, type Exchange } from '../openapi/openapi-checker.js';
import { FAKE_VARIANTS, VENDOR_FAKES } from './fakes/index.js';
import { recording } from './recording.js';
import type { VendorFake } from './vendor-fake.js';

const connectorsDir = path.resolve(import.meta.dirname, '..', '..', 'src', 'connectors');

/** Types of an archetype that have a runtime, sorted. */
export function typesWithRuntime(archetype: Archetype): string[] {
  return listConnectors()
    .filter((c) => c.entry.archetype === archetype && c.runtime !== undefined)
    .map((c) => c.entry.type);
}

interface RunOptions {
  readonly routes?: FakeRoutes;
  readonly tls?: boolean;
  readonly caPem?: string;
  readonly timeoutMs?: number;
  readonly spec?: (url: string) => Record<string, unknown>;
  readonly call?: (runtime: ConnectorRuntime, ctx: ConnectorContext) => Promise<unknown>;
}

interface Run {
  readonly value?: unknown;
  readonly error?: unknown;
  readonly server: FakeServer;
  readonly exchanges: Exchange[];
  readonly sleeps: number[];
  readonly warnings: string[];
}

/** Registers the suite: every connector of the archetype that has a runtime must have a fake in test/conformance/fakes/. */
export function conformanceSuite(archetype: Archetype): void {
  describe(`${archetype} conformance`, () => {
    it('has a fake for every connector of the archetype with a runtime', () => {
      expect(typesWithRuntime(archetype).filter((type) => !VENDOR_FAKES[type])).toEqual([]);
    });

    for (const connector of listConnectors().filter((c) => c.entry.archetype === archetype && c.runtime)) {
      for (const fake of FAKE_VARIANTS[connector.entry.type] ?? []) connectorCases(connector, fake);
    }
  });
}

function connectorCases(connector: Connector, fake: VendorFake): void {
  const { type, displayName } = connector.entry;
  const integration = `${[type, fake.variant].filter(Boolean).join('-').replace(/_/g, '-')}-conformance`;
  const servers: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  const run = async (options: RunOptions = {}): Promise<Run> => {
    const exchanges: Exchange[] = [];
    const pki = options.tls ? testPki() : undefined;
    const server = await startFakeServer({
      routes: recording({ ...fake.routes(), ...options.routes }, exchanges),
      ...(pki ? { tls: { key: pki.serverKey, cert: pki.serverCert } } : {}),
    });
    servers.push(server);
    const sleeps: number[] = [];
    const warnings: string[] = [];
    const redactor = new Redactor();
    const spec = { type, ...(options.spec ?? fake.spec)(server.url) };
    const credentials = new Map(Object.entries(fake.secrets).map(([field, value]) => [field, new TextEncoder().encode(value)]));
    // The harness's context factory: retries without real waits, a short timeout when asked, the test CA when given.
    const ctx = connectorContext({ name: integration, type, spec }, credentials, displayName, {
      createClient: (o) =>
        createHttpClient({
          ...o,
          redactor,
          sleep: async (ms) => void sleeps.push(ms),
          random: () => 0.5,
          retry: { ...o.retry, retries: 2 },
          warn: (m) => warnings.push(m),
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.caPem ? { tls: { ...o.tls, caPem: options.caPem } } : {}),
        }),
    });
    const runtime = await connector.runtime!();
    const call = options.call ?? ((r, c) => r.testConnection!(c));
    try {
      return { value: await call(runtime, ctx), server, exchanges, sleeps, warnings };
    } catch (error) {
      return { error, server, exchanges, sleeps, warnings };
    }
  };

  const expectOk = (outcome: Run): ConnectionTestResult => {
    if (outcome.error) throw outcome.error;
    const result = outcome.value as ConnectionTestResult;
    expect(result.ok).toBe(true);
    expect(result.latency_ms).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(result.vendor_version).toMatch(/\S/);
    expect(result.user).toMatch(/\S/);
    fake.expectResult?.(result);
    outcome.server.assertNoUnexpected();
    return result;
  };

  const expectHttpError = (outcome: Run, kind: HttpError['kind']): HttpError => {
    expect(outcome.error, `expected ${kind}, got ${JSON.stringify(outcome.value)}`).toBeInstanceOf(HttpError);
    const error = outcome.error as HttpError;
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(`${integration} (${displayName})`);
    const texts = [error.message, String(error.stack), JSON.stringify(error.details), ...outcome.warnings].join('\n');
    for (const secret of Object.values(fake.secrets)) expect(leakedForms(texts, secret)).toEqual([]);
    outcome.server.assertNoUnexpected();
    return error;
  };

  describe(fake.variant ? `${type} (${fake.variant})` : type, () => {
    it('connects: ok, latency, version and user from the fake, no unexpected request', async () => {
      const outcome = await run();
      expectOk(outcome);
      expect(outcome.sleeps).toEqual([]);
    });

    it('bad credentials: an authentication error naming the integration, vendor and status, with no secret in any encoding', async () => {
      const error = expectHttpError(await run({ routes: { [fake.probe]: fake.authFailure } }), 'authentication');
      expect(error.status).toBe(fake.authFailure.status);
      expect(error.message).toContain(String(fake.authFailure.status));
      expect(error.message).toMatch(/credentials/);
    });

    it('rate limited, then success: waits as long as Retry-After says', async () => {
      const outcome = await run({ routes: { [fake.probe]: rateLimited(1, 7, fake.routes()[fake.probe]!) } });
      expectOk(outcome);
      expect(outcome.sleeps).toContain(7000);
    });

    it('5xx, then success: retried with backoff', async () => {
      const outcome = await run({ routes: { [fake.probe]: flaky(1, fake.routes()[fake.probe]!, 503) } });
      expectOk(outcome);
      expect(outcome.sleeps).toHaveLength(1);
    });

    it('a vendor that never answers: a timeout error', async () => {
      const error = expectHttpError(await run({ routes: { [fake.probe]: hang() }, timeoutMs: 150 }), 'timeout');
      expect(error.message).toMatch(/timed out/);
    });

    it('a redirect is refused, not followed with the credentials', async () => {
      const outcome = await run({ routes: { [fake.probe]: redirect('https://login.elsewhere.example.net/sso', 302) } });
      const error = expectHttpError(outcome, 'redirect');
      expect(error.message).toContain('login.elsewhere.example.net');
    });

    describe.skipIf(!hasOpenssl())('TLS with a self-signed CA', () => {
      it('is refused without the CA bundle', async () => {
        const outcome = await run({ tls: true });
        expectHttpError(outcome, 'tls');
        expect(outcome.server.requests).toHaveLength(0);
      });

      it('is accepted with the CA bundle', async () => {
        expectOk(await run({ tls: true, caPem: testPki().caCert }));
      });
    });

    if (archetype(connector) === 'itsm') {
      it('checkMappings: the fake instance knows every mapped value', async () => {
        const outcome = await run({ call: (r, c) => r.checkMappings!(c) });
        if (outcome.error) throw outcome.error;
        expect(outcome.value).toEqual([]);
        outcome.server.assertNoUnexpected();
      });

      if (fake.badMappings) {
        const bad = fake.badMappings;
        it('checkMappings: each unknown value is reported with its manifest path and the valid values', async () => {
          const outcome = await run({ call: (r, c) => r.checkMappings!(c), spec: bad.spec });
          if (outcome.error) throw outcome.error;
          expect(outcome.value).toMatchObject(bad.expected);
          expect(outcome.value).toHaveLength(bad.expected.length);
        });
      }
    }

    const published = fake.openapi;
    if ('file' in published) {
      it.skipIf(!hasDescription(published.file))(`every request and fake response matches the published description (${published.file})`, async () => {
        const checker = openApiChecker(loadDescription(published.file), {
          ...(published.prefixes ? { prefixes: published.prefixes } : {}),
          ...(published.listEnvelope ? { listEnvelope: published.listEnvelope } : {}),
        });
        const exchanges: Exchange[] = [];
        exchanges.push(...(await run()).exchanges);
        if (archetype(connector) === 'itsm') exchanges.push(...(await run({ call: (r, c) => r.checkMappings!(c) })).exchanges);
        const covered = exchanges.filter((e) => !(published.outside ?? []).some((p) => e.path.startsWith(p)));
        const operations = checker.assertConforms(covered);
        expect(operations.length).toBe(covered.length);
      });
    }

    it('its readme says whether it is checked against a published description', () => {
      const readme = readFileSync(path.join(connectorsDir, type, 'readme.md'), 'utf8');
      const bullet = publishedBullet(readme);
      if ('file' in published) expect(bullet).toContain(published.file);
      else expect(bullet).toMatch(/none/i);
    });
  });
}

/** The readme's `**Published API description**` bullet with its continuation lines. */
function publishedBullet(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.includes('**Published API description**'));
  if (start === -1) return '';
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

function archetype(connector: Connector): Archetype {
  return connector.entry.archetype;
}
