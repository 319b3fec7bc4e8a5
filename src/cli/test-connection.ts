// `secwire test NAME [paths…]`: one connection test through the connector's runtime; prints latency, version, license
// and warnings, and records the outcome on the hub record when there is one. Exit 0 connected, 1 failed or no test.
import { existsSync } from 'node:fs';
import { findConnector } from '../catalog/registry.js';
import type { ConnectionTestResult, ConnectorRuntime, MappingProblem } from '../catalog/runtime.js';
import { manifestLocator } from './manifest-locator.js';
import { toDesired, type DesiredRecord } from '../engine/desired.js';
import { resolveSecret } from '../engine/resolve-secret.js';
import type { SecretKeys } from '../engine/secret-keys.js';
import { connectorContext } from '../engine/connection-tester.js';
import { httpClientFactory, type HttpClientFactory } from './http-client-factory.js';
import { hasErrors } from '../manifest/diagnostics.js';
import { suggest } from '../manifest/suggest.js';
import { decryptAtRest } from '../secrets/at-rest.js';
import { HUB_KEY_ENV, loadOrCreateHubKey } from '../secrets/hub-key.js';
import { loadKeyring, PRIVATE_KEY_ENV, wipeKeyring } from '../secrets/keyring.js';
import { redactor } from '../secrets/redactor.js';
import { loadSodium } from '../secrets/sodium.js';
import type { ConnectionTest, HubRecord } from '../state/types.js';
import { commandContext, loadManifestSet, type CommandContext, type GlobalOptions } from './context.js';
import { keyPaths } from './key-paths.js';
import { renderDiagnosticsText } from './render-diagnostics.js';
import { backendOf, locationOf, openExistingStore } from './state.js';
import { UserError } from './user-error.js';

export interface TestOptions extends GlobalOptions {
  readonly backend?: string;
  /** Give up after this long, e.g. 30s (default 30s). */
  readonly timeout?: string;
}

/** What one connection test needs: the integration's non-secret spec and its plaintext secrets by field path. */
export interface ConnectionTarget {
  readonly name: string;
  readonly type: string;
  /** Vendor display name, for HTTP error messages. */
  readonly vendor: string;
  /** Normalized non-secret spec (auth and config without secret fields). */
  readonly spec: Readonly<Record<string, unknown>>;
  /** Field path (auth.api_token) → plaintext; the caller wipes them. */
  readonly secrets: ReadonlyMap<string, Uint8Array>;
  /** The manifest it was declared in: its `tls` files are relative to it. */
  readonly sourceFile?: string;
}


export interface ConnectionTestOptions {
  readonly createHttpClient: HttpClientFactory;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

/** Thrown when a type has no runtime or no testConnection (yet). */
export class NoConnectionTestError extends UserError {
  constructor(readonly type: string) {
    const entry = findConnector(type)?.entry;
    super(
      `no connection test for ${type} yet`,
      entry && !entry.capabilities.includes('connection_test')
        ? `${entry.displayName} ${entry.auth.length ? 'has no connection test in its capabilities' : 'only imports files: there is nothing to connect to'}; \`secwire catalog ${type}\` shows what it supports`
        : `the ${type} connector cannot test connections in this version of secwire; \`secwire catalog ${type}\` shows what it supports`,
    );
  }
}

/** The runtime of a type that can test connections, or NoConnectionTestError. */
export async function connectionTestRuntime(type: string): Promise<ConnectorRuntime & Required<Pick<ConnectorRuntime, 'testConnection'>>> {
  const connector = findConnector(type);
  const runtime = connector?.runtime ? await connector.runtime() : undefined;
  if (!runtime?.testConnection) throw new NoConnectionTestError(type);
  return runtime as ConnectorRuntime & Required<Pick<ConnectorRuntime, 'testConnection'>>;
}

/**
 * The core of `secwire test`: runs the runtime's testConnection once with a fresh ConnectorContext and turns the
 * outcome (or the error it threw) into the ConnectionTest the hub stores. Never throws for a failed connection.
 */
export async function testConnectionWith(target: ConnectionTarget, runtime: ConnectorRuntime, options: ConnectionTestOptions): Promise<ConnectionTest> {
  if (!runtime.testConnection) throw new NoConnectionTestError(target.type);
  const now = options.now ?? (() => new Date());
  const at = now().toISOString();
  const warnings: string[] = [];
  const signal = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const warn = (message: string) => warnings.push(redactor.redact(message));
  const ctx = connectorContext(target, target.secrets, target.vendor, { createClient: options.createHttpClient, warn }, signal);
  const started = performance.now();
  let result: ConnectionTestResult;
  try {
    result = await abortable(runtime.testConnection(ctx), signal);
  } catch (error) {
    const elapsed = performance.now() - started;
    const timedOut = signal.aborted;
    const message = timedOut ? `no answer within ${Math.round(options.timeoutMs ?? 30_000)} ms` : error instanceof Error ? error.message : String(error);
    return { at, ok: false, latency_ms: Math.round(elapsed), warnings, error: redactor.redact(message) };
  }
  const elapsed = performance.now() - started;
  return {
    at,
    ok: result.ok === true,
    latency_ms: Math.round(Number.isFinite(result.latency_ms) ? result.latency_ms : elapsed),
    ...(result.vendor_version ? { vendor_version: redactor.redact(result.vendor_version) } : {}),
    ...(result.license ? { license: redactor.redact(result.license) } : {}),
    ...(result.user ? { user: redactor.redact(result.user) } : {}),
    warnings: [...warnings, ...(result.warnings ?? []).map((w) => redactor.redact(w))],
    ...(result.ok ? {} : { error: 'the connection test did not pass' }),
  };
}

export async function runTest(name: string, paths: string[], options: TestOptions): Promise<number> {
  const ctx = await commandContext(options);
  const backend = backendOf(ctx, options.backend);
  const location = locationOf(ctx, backend);
  const timeoutMs = durationMs(options.timeout ?? '30s');
  const set = await loadManifestSet(ctx, paths);
  const declared = set.integrations.find((i) => i.document.metadata.name === name);
  const store = await openExistingStore(ctx, backend);
  try {
    const record = store ? await store.get(name) : undefined;
    const mine = set.diagnostics.filter((d) => d.document === name);
    if (hasErrors(mine)) {
      ctx.term.err(`${renderDiagnosticsText(mine, ctx.term)}\n\n`);
      throw new UserError(`the manifest of \`${name}\` is invalid; nothing was tested`, 'fix the errors above (`secwire validate` lists them)');
    }
    if (!declared && !record) {
      const names = new Set([...set.integrations.map((i) => i.document.metadata.name), ...(store ? (await store.list()).map((r) => r.name) : [])]);
      const guess = suggest(name, names);
      throw new UserError(`no integration \`${name}\` in the manifests or in the hub store ${location}${guess ? `; did you mean \`${guess}\`?` : ''}`,
        'declare it in a manifest, or name one that `secwire state list` shows');
    }
    const type = declared ? declared.document.spec.type : record!.type;
    const connector = findConnector(type);
    if (!connector) throw new UserError(`\`${name}\` has type ${type}, which this secwire does not know`, '`secwire catalog` lists every type');
    const runtime = await connectionTestRuntime(type);
    const target = declared
      ? await targetFromManifest(ctx, toDesired(declared.document, declared.source.file), connector.entry.displayName)
      : await targetFromHub(ctx, record!, connector.entry.displayName);
    let result: ConnectionTest;
    let problems: MappingProblem[] = [];
    try {
      const createHttpClient = await httpClientFactory();
      result = await testConnectionWith(target, runtime, { createHttpClient, timeoutMs });
      // Ticket mappings are checked against the live instance once the credentials are known to work.
      if (result.ok && runtime.checkMappings) {
        problems = await runtime.checkMappings(connectorContext(target, target.secrets, target.vendor, { createClient: createHttpClient }));
      }
    } finally {
      await wipe(target.secrets);
    }
    ctx.term.out(renderResult(ctx, target, result, declared ? 'the manifests' : `the hub store ${location}`));
    if (problems.length) {
      const where = (path: string) => (declared ? manifestLocator(set)(name, path) : undefined) ?? path;
      ctx.term.err(`\n${ctx.term.style('red', 'Ticket mappings')} that the live instance does not know:\n${problems.map((p) => `  ${where(p.path)}: ${p.message}`).join('\n')}\n`);
    } else if (result.ok && runtime.checkMappings) {
      ctx.term.out('Ticket mappings: every value exists on the live instance.\n');
    }
    if (record && store) {
      await store.recordTest(name, result);
      ctx.term.out(`Recorded on the hub record (\`secwire state show ${name}\`).\n`);
    }
    return result.ok && !problems.length ? 0 : 1;
  } finally {
    await store?.close();
  }
}

/** Secrets as apply would use them: unsealed with every binding checked, or read from the environment. */
async function targetFromManifest(ctx: CommandContext, want: DesiredRecord, vendor: string): Promise<ConnectionTarget> {
  const paths = Object.keys(want.secrets).sort();
  const kp = keyPaths(ctx.resolved);
  const needsKeyring = paths.some((p) => want.secrets[p]!.source === 'sealed');
  const keyring = needsKeyring && (process.env[PRIVATE_KEY_ENV] || existsSync(kp.keyPath)) ? await loadKeyring({ path: kp.keyPath }) : undefined;
  const keys: SecretKeys = keyring ? { keyring } : {};
  const secrets = new Map<string, Uint8Array>();
  try {
    for (const path of paths) secrets.set(path, await resolveSecret(want, path, keys));
  } catch (error) {
    await wipe(secrets);
    throw error;
  } finally {
    if (keyring) await wipeKeyring(keyring);
  }
  return { name: want.name, type: want.type, vendor, spec: want.spec, secrets, sourceFile: want.sourceFile };
}

/** Secrets as the hub stores them, decrypted with the hub key; for records no manifest declares. */
async function targetFromHub(ctx: CommandContext, record: HubRecord, vendor: string): Promise<ConnectionTarget> {
  const paths = Object.keys(record.secrets).sort();
  const secrets = new Map<string, Uint8Array>();
  if (paths.length) {
    const hubKeyPath = keyPaths(ctx.resolved).hubKeyPath;
    if (!process.env[HUB_KEY_ENV] && !existsSync(hubKeyPath)) {
      throw new UserError(`\`${record.name}\` is not in the manifests, and its stored credentials need the hub key, which is not here`,
        `set ${HUB_KEY_ENV}, or configure keys.hub_key; or declare the integration and test the manifest's credentials`);
    }
    const hubKey = await loadOrCreateHubKey({ path: hubKeyPath });
    try {
      for (const path of paths) {
        const plaintext = await decryptAtRest(record.secrets[path]!.ciphertext, hubKey.key, `${record.name}/${path}`);
        redactor.add(plaintext);
        secrets.set(path, plaintext);
      }
    } catch (error) {
      await wipe(secrets);
      throw error;
    } finally {
      (await loadSodium()).memzero(hubKey.key);
    }
  }
  return { name: record.name, type: record.type, vendor, spec: record.spec, secrets };
}

function renderResult(ctx: CommandContext, target: ConnectionTarget, result: ConnectionTest, from: string): string {
  const { term } = ctx;
  const head = result.ok
    ? `${term.style('green', '✓')} ${target.name} (${target.vendor}): connected in ${result.latency_ms} ms`
    : `${term.style('red', '✗')} ${target.name} (${target.vendor}): connection test failed after ${result.latency_ms} ms${result.error ? `: ${result.error}` : ''}`;
  const lines = [head, term.style('dim', `  tested the configuration and credentials from ${from}`)];
  if (result.vendor_version) lines.push(`  version:  ${result.vendor_version}`);
  if (result.license) lines.push(`  license:  ${result.license}`);
  if (result.user) lines.push(`  user:     ${result.user}`);
  for (const w of result.warnings) lines.push(`  ${term.style('yellow', 'warning')}:  ${w}`);
  return `${lines.join('\n')}\n`;
}

async function wipe(secrets: ReadonlyMap<string, Uint8Array>): Promise<void> {
  if (!secrets.size) return;
  const sodium = await loadSodium();
  for (const bytes of secrets.values()) sodium.memzero(bytes);
}

/** Rejects when the signal aborts, even if the connector ignores it. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UserError(`invalid duration \`${text}\``, 'write it as 500ms, 30s or 2m');
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[m[2] ?? 's'] ?? 1000);
}
