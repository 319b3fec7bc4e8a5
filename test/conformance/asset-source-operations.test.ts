// The gate's reporting operations of asset_source connectors (setCommitStatus, upsertComment), against each vendor's fake:
// the state mapping, and one comment per pull request found again by its hidden marker across paginated lists.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { listConnectors, type Connector } from '../../src/catalog/registry.js';
import type { CommitState, ConnectionTestResult, ConnectorContext, ConnectorRuntime } from '../../src/catalog/runtime.js';
import { connectorContext } from '../../src/engine/connection-tester.js';
import { createHttpClient } from '../../src/http/index.js';
import { Redactor } from '../../src/secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../fakes/fake-server.js';
import { hasDescription, loadDescription } from '../openapi/load-description.js';
import { openApiChecker, type Exchange } from '../openapi/openapi-checker.js';
import { VENDOR_FAKES } from './fakes/index.js';
import { recording } from './recording.js';

/** One deployment of a vendor (Bitbucket Cloud, Bitbucket Data Center …) as the operations cases see it. */
export interface OperationsVariant {
  readonly label: string;
  /** The integration's spec; default the VendorFake's. */
  readonly spec?: (url: string) => Record<string, unknown>;
  /** Secrets by field path; default the VendorFake's. */
  readonly secrets?: Readonly<Record<string, string>>;
  /** The published description the operation requests are checked against, when there is one. */
  readonly openapi?: {
    readonly file: string;
    readonly prefixes?: readonly string[];
    /** Query parameters the vendor accepts everywhere but the description does not list per operation. */
    readonly extraQuery?: readonly string[];
    /** Azure DevOps sends lists as `{ count, value: [...] }` while its description says a bare array: unwrap before checking. */
    readonly listEnvelope?: 'value';
  };
  readonly repository: string;
  readonly pullRequest: number;
  readonly sha: string;
  /** The vendor state each secwire state must become. */
  readonly states: Readonly<Record<CommitState, string>>;
  /** Set when the variant's testConnection is not covered by the conformance suite (a second deployment). */
  readonly testConnection?: boolean;
  /** A fresh vendor whose pull request already carries more than one page of comments. */
  world(): OperationsWorld;
}

export interface OperationsWorld {
  /** Status and comment routes (checking credentials), plus any the connection test needs beyond the VendorFake's. */
  readonly routes: FakeRoutes;
  readonly keys: { readonly status: string; readonly list: string; readonly create: string; readonly update: string };
  /** Comments per page the fake serves; absent when the vendor returns the whole list at once (Azure DevOps threads). */
  readonly pageSize?: number;
  /** Statuses the vendor recorded, in order: its state and the context/key/name it was given. */
  statuses(): { readonly state: string; readonly context: string }[];
  /** The pull request's comments, oldest first. */
  comments(): { readonly id: number | string; readonly body: string }[];
}

export interface OperationsFake {
  readonly type: string;
  readonly variants: readonly OperationsVariant[];
}

/** asset_source connectors whose runtime reports to the SCM (setCommitStatus or upsertComment), with their runtimes. */
const reporting: Connector[] = [];
for (const c of listConnectors().filter((c) => c.entry.archetype === 'asset_source' && c.runtime)) {
  const runtime = await c.runtime!();
  if (runtime.setCommitStatus || runtime.upsertComment) reporting.push(c);
}

/** Each fake module may export, besides its VendorFake, an OperationsFake for the same type. */
const OPERATIONS: Readonly<Record<string, OperationsFake | undefined>> = Object.fromEntries(
  await Promise.all(
    reporting
      .filter((c) => VENDOR_FAKES[c.entry.type])
      .map(async (c) => {
        const url = new URL(`./fakes/${c.entry.type}.ts`, import.meta.url).href;
        const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
        const found = Object.values(module).find(
          (v): v is OperationsFake => typeof v === 'object' && v !== null && 'variants' in v && (v as { type?: unknown }).type === c.entry.type,
        );
        return [c.entry.type, found] as const;
      }),
  ),
);

const operationsOf = (type: string): OperationsFake | undefined => OPERATIONS[type];

describe('asset_source reporting operations', () => {
  const servers: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function setUp(connector: Connector, variant: OperationsVariant) {
    const fake = VENDOR_FAKES[connector.entry.type]!;
    const world = variant.world();
    const exchanges: Exchange[] = [];
    const server = await startFakeServer({ routes: recording({ ...fake.routes(), ...world.routes }, exchanges) });
    servers.push(server);
    const spec = { type: connector.entry.type, ...(variant.spec ?? fake.spec)(server.url) };
    const credentials = new Map(Object.entries(variant.secrets ?? fake.secrets).map(([field, value]) => [field, new TextEncoder().encode(value)]));
    const ctx: ConnectorContext = connectorContext({ name: `${connector.entry.type}-operations`, type: connector.entry.type, spec }, credentials, connector.entry.displayName, {
      createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), sleep: async () => undefined, retry: { ...o.retry, retries: 0 }, warn: () => undefined }),
    });
    const runtime: ConnectorRuntime = await connector.runtime!();
    return { world, server, ctx, runtime, exchanges };
  }

  it('every asset_source connector that reports to the SCM has both operations, and its fake describes them', async () => {
    for (const connector of reporting) {
      const runtime = await connector.runtime!();
      expect(runtime.setCommitStatus, `${connector.entry.type}.setCommitStatus`).toBeTypeOf('function');
      expect(runtime.upsertComment, `${connector.entry.type}.upsertComment`).toBeTypeOf('function');
      expect(operationsOf(connector.entry.type), `test/conformance/fakes/${connector.entry.type}.ts exports no OperationsFake`).toBeDefined();
    }
  });

  for (const connector of reporting) {
    const operations = operationsOf(connector.entry.type);
    for (const variant of operations?.variants ?? []) {
      describe(variant.label, () => {
        if (variant.testConnection) {
          it('connects: version and user from the fake, no unexpected request', async () => {
            const { ctx, runtime, server } = await setUp(connector, variant);
            const result = (await runtime.testConnection!(ctx)) as ConnectionTestResult;
            expect(result.ok).toBe(true);
            expect(result.vendor_version).toMatch(/\S/);
            expect(result.user).toMatch(/\S/);
            server.assertNoUnexpected();
          });
        }

        it('setCommitStatus: each secwire state becomes the vendor state', async () => {
          const { world, ctx, runtime, server } = await setUp(connector, variant);
          for (const state of Object.keys(variant.states) as CommitState[]) {
            await runtime.setCommitStatus!(ctx, {
              repository: variant.repository,
              sha: variant.sha,
              state,
              context: 'secwire/gate',
              description: `gate ${state}`,
              targetUrl: 'https://ci.example.net/runs/42',
            });
          }
          expect(world.statuses().map((s) => s.state)).toEqual(Object.values(variant.states));
          expect(world.statuses().every((s) => s.context.includes('secwire'))).toBe(true);
          server.assertNoUnexpected();
        });

        it('upsertComment: created the first time, updated in place the second, found by its marker past the first page', async () => {
          const { world, ctx, runtime, server } = await setUp(connector, variant);
          const before = world.comments().length;
          expect(before, 'the fake starts with at least one full page of comments').toBeGreaterThanOrEqual(world.pageSize ?? 1);
          const marker = '<!-- secwire:gate -->';
          const comment = { repository: variant.repository, pullRequest: variant.pullRequest, marker };

          expect(await runtime.upsertComment!(ctx, { ...comment, body: 'gate: 2 findings block this change' })).toBe('created');
          expect(world.comments()).toHaveLength(before + 1);
          const created = world.comments().at(-1)!;
          expect(created.body).toContain(marker);
          expect(created.body).toContain('gate: 2 findings');

          const listsBefore = server.requests.filter((r) => r.route === world.keys.list).length;
          expect(await runtime.upsertComment!(ctx, { ...comment, body: 'gate: passed' })).toBe('updated');
          const comments = world.comments();
          expect(comments).toHaveLength(before + 1);
          expect(comments.filter((c) => c.body.includes(marker))).toEqual([{ ...created, body: expect.stringContaining('gate: passed') }]);
          expect(server.requests.filter((r) => r.route === world.keys.create)).toHaveLength(1);
          expect(server.requests.filter((r) => r.route === world.keys.update)).toHaveLength(1);
          // The marked comment sits past the first page, so finding it took more than one list request.
          const lists = server.requests.filter((r) => r.route === world.keys.list).length - listsBefore;
          if (world.pageSize !== undefined) expect(lists).toBeGreaterThan(1);
          else expect(lists).toBe(1);
          server.assertNoUnexpected();
        });

        const published = variant.openapi;
        if (published) {
          it.skipIf(!hasDescription(published.file))(`every operation request and fake response matches ${published.file}`, async () => {
            const { ctx, runtime, exchanges } = await setUp(connector, variant);
            await runtime.setCommitStatus!(ctx, { repository: variant.repository, sha: variant.sha, state: 'failure', context: 'secwire/gate', description: 'blocked' });
            const comment = { repository: variant.repository, pullRequest: variant.pullRequest, marker: '<!-- secwire:gate -->' };
            await runtime.upsertComment!(ctx, { ...comment, body: 'first' });
            await runtime.upsertComment!(ctx, { ...comment, body: 'second' });
            const checker = openApiChecker(loadDescription(published.file), {
              ...(published.prefixes ? { prefixes: published.prefixes } : {}),
              ...(published.extraQuery ? { extraQuery: published.extraQuery } : {}),
              ...(published.listEnvelope ? { listEnvelope: published.listEnvelope } : {}),
            });
            expect(checker.assertConforms(exchanges).length).toBe(exchanges.length);
          });
        }
      });
    }
  }
});
