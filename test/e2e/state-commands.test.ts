// End to end: state list|show, import (adoption of an unmanaged record), force-unlock and test, against a real SQLite
// hub applied from the examples; plus the core of `secwire test` with an in-process connector runtime.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { findConnector, registerConnector } from '../../src/catalog/registry.js';
import type { ConnectorContext, ConnectorRuntime } from '../../src/catalog/runtime.js';
import type { HttpClientOptions } from '../../src/http/types.js';
import { connectionTestRuntime, NoConnectionTestError, testConnectionWith, type ConnectionTarget } from '../../src/cli/test-connection.js';
import { redactor } from '../../src/secrets/redactor.js';
import { openStore } from '../../src/state/open-store.js';
import type { HubStore } from '../../src/state/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const exec = promisify(execFile);
const CANARY = 'CANARY-51d0e2-state-commands';
const STACK = /\n\s+at .+:\d+:\d+/;

interface Result { code: number; stdout: string; stderr: string }

describe('state, import, force-unlock and test commands', () => {
  let dir: string;
  const outputs: string[] = [];
  const file = (p: string) => path.join(dir, p);

  async function secwire(args: string[], input?: string, cwd = dir): Promise<Result> {
    const child = exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    child.child.stdin!.end(input ?? '');
    let result: Result;
    try {
      const { stdout, stderr } = await child;
      result = { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      result = { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  async function withStore<T>(fn: (store: HubStore) => Promise<T>): Promise<T> {
    const store = await openStore(`file:${file('.secwire/hub.db')}`, { cwd: dir });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-state-'));
    for (const item of ['examples', 'secwire.config.yaml']) cpSync(path.join(root, item), file(item), { recursive: true });
    const sealed = await secwire(['seal', '--integration', 'jira-prod', '--field', 'auth.api_token', '--write', 'examples/itsm.yaml'], CANARY);
    expect(sealed.code, sealed.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('state list says there is no hub yet, without creating one', async () => {
    const result = await secwire(['state', 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('does not exist yet');
    expect(existsSync(file('.secwire/hub.db'))).toBe(false);
    const json = await secwire(['state', 'list', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ format_version: '1', records: [], serial: null });

    const apply = await secwire(['apply', '--auto-approve', '--skip-connection-tests']);
    expect(apply.code, apply.stderr).toBe(0);
  });

  it('state list shows a table of the records, with the last connection test', async () => {
    await withStore(async (store) => {
      await store.recordTest('tenable-cloud', { at: '2026-01-02T03:04:05.000Z', ok: true, latency_ms: 42, vendor_version: '6.1', warnings: [] });
      await store.recordTest('burp-dast', { at: '2026-01-02T03:04:05.000Z', ok: false, latency_ms: 5001, warnings: [], error: 'connect ECONNREFUSED' });
    });
    const result = await secwire(['state', 'list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+TYPE\s+ARCHETYPE\s+MANAGED\s+PROTECT\s+UPDATED\s+LAST TEST$/);
    expect(lines.find((l) => l.startsWith('jira-prod '))).toMatch(/^jira-prod\s+jira\s+itsm\s+yes\s+yes\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+never$/);
    expect(lines.find((l) => l.startsWith('tenable-cloud '))).toMatch(/\sok 42 ms$/);
    expect(lines.find((l) => l.startsWith('burp-dast '))).toMatch(/\sfail 5001 ms$/);
    expect(result.stdout).toContain('15 records (15 managed, 0 unmanaged) in file:.secwire/hub.db, serial 15.');

    const json = JSON.parse((await secwire(['state', 'list', '--json'])).stdout) as { backend: string; records: Record<string, unknown>[] };
    expect(json.backend).toBe('file:.secwire/hub.db');
    expect(json.records.map((r) => r.name)).toHaveLength(15);
    expect(json.records.find((r) => r.name === 'tenable-cloud')).toMatchObject({ type: 'tenable_io', archetype: 'scanner', managed: true, protect: false, last_test: { ok: true, latency_ms: 42 } });
    expect(JSON.stringify(json)).not.toMatch(/ar1:|ciphertext|sealed_digest|fingerprint/);
  });

  it('state show prints one record with every secret masked, and never decrypts', async () => {
    const result = await secwire(['state', 'show', 'jira-prod']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('integration "jira-prod" (jira, itsm) in file:.secwire/hub.db');
    expect(result.stdout).toMatch(/managed\s+yes, declared in examples\/itsm\.yaml/);
    expect(result.stdout).toMatch(/protect\s+yes/);
    expect(result.stdout).toMatch(/drift\s+none/);
    expect(result.stdout).toContain('base_url: https://northwind.atlassian.net');
    expect(result.stdout).toContain('auth.api_token: (sensitive)  source: sealed, fingerprint: stored');
    expect(result.stdout).toContain('last test: never');
    expect(result.stdout).not.toMatch(/ar1:|sw1:/);

    const json = JSON.parse((await secwire(['state', 'show', 'jira-prod', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ format_version: '1', name: 'jira-prod', type: 'jira', managed: true, protect: true, drift: false });
    expect(json.secrets).toEqual({ 'auth.api_token': { value: '(sensitive)', source: 'sealed', fingerprint: true } });
    expect(JSON.stringify(json)).not.toMatch(/ar1:|sw1:|ciphertext|sealed_digest/);

    const tested = await secwire(['state', 'show', 'burp-dast']);
    expect(tested.stdout).toMatch(/last test:\n\s+failed at 2026-01-02T03:04:05.000Z, 5001 ms\n\s+error:\s+connect ECONNREFUSED/);
  });

  it('state show of an unknown name fails clearly, with a suggestion', async () => {
    const result = await secwire(['state', 'show', 'jira-prd']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no record `jira-prd`; did you mean `jira-prod`?');
    expect(result.stderr).toContain('`secwire state list` lists every record');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('import writes documents that validate except for their empty sealed placeholders', async () => {
    const names = (JSON.parse((await secwire(['state', 'list', '--json'])).stdout) as { records: { name: string }[] }).records.map((r) => r.name);
    const serial = await withStore((s) => s.serial());
    for (const name of names) {
      const result = await secwire(['import', name, '--out', 'imported/all.yaml']);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(await withStore((s) => s.serial()), 'import changes nothing in the hub').toBe(serial);
    const text = readFileSync(file('imported/all.yaml'), 'utf8');
    expect(parseAllDocuments(text)).toHaveLength(names.length);
    expect(text).toContain('    # seal: secwire seal --integration jira-prod --field auth.api_token --write imported/all.yaml\n    api_token: { sealed: "" }\n');

    const checked = await secwire(['validate', '--format', 'json', 'imported/all.yaml']);
    const report = JSON.parse(checked.stdout) as { diagnostics: { code: string; severity: string; document: string }[] };
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect([...new Set(errors.map((d) => d.code))]).toEqual(['empty-sealed']);
    expect(report.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);

    // With every placeholder filled in, the documents are fully valid, cross-references included.
    let n = 0;
    writeFileSync(file('imported/filled.yaml'), text.replace(/\{ sealed: "" \}/g, () => `{ env: SECRET_${++n} }`));
    const filled = await secwire(['validate', 'imported/filled.yaml']);
    expect(filled.stderr).toBe('');
    expect(filled.code).toBe(0);
    expect(filled.stdout).toContain(`${names.length} integrations in 1 file are valid.`);

    const again = await secwire(['import', 'jira-prod', '--out', 'imported/all.yaml']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('imported/all.yaml already declares `jira-prod`');
  });

  it('an unmanaged record is counted, never touched, and adopted after `secwire import NAME`', async () => {
    await withStore(async (store) => {
      const record = (await store.get('servicenow-itops'))!;
      await store.put({ ...record, managed: false, source_file: null });
    });
    const itsmPath = file('examples/itsm.yaml');
    const itsm = readFileSync(itsmPath, 'utf8');
    const docs = itsm.split(/^---\n/m);
    writeFileSync(itsmPath, docs.filter((d) => !/^ {2}name: servicenow-itops$/m.test(d)).join('---\n'));

    const planned = await secwire(['plan', '--json']);
    const plan = JSON.parse(planned.stdout) as { summary: { unmanaged: number; destroy: number }; unmanaged: string[]; resource_changes: { name: string }[] };
    expect(plan.summary).toMatchObject({ unmanaged: 1, destroy: 0 });
    expect(plan.unmanaged).toEqual(['servicenow-itops']);
    expect(plan.resource_changes.map((c) => c.name)).not.toContain('servicenow-itops');
    expect((await secwire(['plan'])).stdout).toContain('1 record in the hub is not managed by secwire and left alone: servicenow-itops');

    const printed = await secwire(['import', 'servicenow-itops']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^# Imported from the hub \(file:\.secwire\/hub\.db\) by `secwire import servicenow-itops`\./);
    expect(printed.stdout).toContain('# seal: secwire seal --integration servicenow-itops --field auth.password --write FILE\n    password: { sealed: "" }');
    expect(printed.stdout).not.toContain('auto_close_on_resolve'); // a catalog/planner default is left out

    const written = await secwire(['import', 'servicenow-itops', '--out', 'examples/adopted.yaml']);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toContain('Wrote `servicenow-itops` (servicenow) to examples/adopted.yaml.');
    const sealed = await secwire(['seal', '--integration', 'servicenow-itops', '--field', 'auth.password', '--write', 'examples/adopted.yaml'], 'an-adopted-password');
    expect(sealed.code, sealed.stderr).toBe(0);
    expect((await secwire(['validate'])).code).toBe(0);

    const adopt = JSON.parse((await secwire(['plan', '--json'])).stdout) as { unmanaged: string[]; resource_changes: { name: string; action: string; reason: string; fields: { path: string }[] }[] };
    expect(adopt.unmanaged).toEqual([]);
    const change = adopt.resource_changes.find((c) => c.name === 'servicenow-itops')!;
    expect(change.action).toBe('update');
    expect(change.reason).toContain('adopted');
    expect(change.fields.map((f) => f.path), 'the imported document reproduces the record: only the new secret differs').toEqual(['secrets.auth.password']);

    const applied = await secwire(['apply', '--auto-approve', '--skip-connection-tests']);
    expect(applied.code, applied.stderr).toBe(0);
    const record = await withStore((s) => s.get('servicenow-itops'));
    expect(record).toMatchObject({ managed: true, source_file: 'examples/adopted.yaml' });
    expect((await secwire(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  it('force-unlock breaks a stale lock and says who held it; a wrong id shows the current lock', async () => {
    const store = await openStore(`file:${file('.secwire/hub.db')}`, { cwd: dir });
    try {
      const lock = await store.lock({ holder: 'ci-runner-7', operation: 'apply', timeoutMs: 0 });
      const wrong = await secwire(['force-unlock', '00000000-0000-4000-8000-000000000000']);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('is not locked with id 00000000-0000-4000-8000-000000000000; the current lock is:');
      expect(wrong.stderr).toContain('held by    ci-runner-7');
      expect(wrong.stderr).toContain(`lock id    ${lock.id}`);
      expect(wrong.stderr).toContain(`run: secwire force-unlock ${lock.id}`);
      expect(wrong.stderr).not.toMatch(STACK);
      expect(await store.currentLock()).toMatchObject({ id: lock.id });

      const released = await secwire(['force-unlock', lock.id]);
      expect(released.code, released.stderr).toBe(0);
      expect(released.stdout).toContain(`Released lock ${lock.id} of file:.secwire/hub.db:`);
      expect(released.stdout).toContain('held by    ci-runner-7');
      expect(released.stdout).toContain('operation  apply');
      expect(released.stdout).toContain(`process    pid ${process.pid} on ${os.hostname()}`);
      expect(await store.currentLock()).toBeUndefined();
      const [audit] = await store.audit({ kind: 'force-unlock', limit: 1 });
      expect(audit).toMatchObject({ kind: 'force-unlock', data: { lock: { id: lock.id, holder: 'ci-runner-7' } } });

      const none = await secwire(['force-unlock', lock.id]);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('is not locked');
    } finally {
      await store.close();
    }
  });

  it('test says when a type has no connection test yet, and suggests names', async () => {
    const result = await secwire(['test', 'nmap-discovery']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error: no connection test for nmap yet');
    expect(result.stderr).not.toMatch(STACK);
    const unknown = await secwire(['test', 'nmap-discvery']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no integration `nmap-discvery` in the manifests or in the hub store file:.secwire/hub.db; did you mean `nmap-discovery`?');
  });

  it('never leaks the canary credential into output or the store', () => {
    for (const [i, text] of outputs.entries()) expect(text.includes(CANARY), `output ${i}`).toBe(false);
    expect(readFileSync(file('.secwire/hub.db')).includes(CANARY)).toBe(false);
  });
});

describe('the core of `secwire test`', () => {
  const token = 'tok-3f9a1c-core-test';
  const target: ConnectionTarget = {
    name: 'acme-jira',
    type: 'jira',
    vendor: 'Jira',
    spec: { enabled: true, auth: { base_url: 'https://acme.example', email: 'bot@acme.example' }, config: { project_key: 'SEC' } },
    secrets: new Map([['auth.api_token', new TextEncoder().encode(token)]]),
  };
  const now = () => new Date('2026-03-04T05:06:07.000Z');
  const noHttp = () => {
    throw new Error('HTTP layer not available');
  };

  it('gives the runtime plaintext auth, config and an HTTP factory, and returns what the hub stores', async () => {
    let seen: ConnectorContext | undefined;
    const made: HttpClientOptions[] = [];
    const runtime: ConnectorRuntime = {
      async testConnection(ctx) {
        seen = ctx;
        ctx.http({ baseUrl: String(ctx.auth.base_url) });
        return { ok: true, latency_ms: 87, vendor_version: '1001.0.0', license: 'Cloud Premium', user: 'bot@acme.example', warnings: ['token expires in 6 days'] };
      },
    };
    const result = await testConnectionWith(target, runtime, {
      now,
      createHttpClient: (options) => {
        made.push(options);
        options.warn?.('TLS verification is off');
        return { baseUrl: options.baseUrl, request: noHttp, get: noHttp, post: noHttp };
      },
    });
    expect(seen).toMatchObject({ name: 'acme-jira', type: 'jira', auth: { base_url: 'https://acme.example', email: 'bot@acme.example', api_token: token }, config: { project_key: 'SEC' } });
    expect(seen!.signal).toBeInstanceOf(AbortSignal);
    expect(made).toEqual([expect.objectContaining({ baseUrl: 'https://acme.example', integration: 'acme-jira', vendor: 'Jira' })]);
    expect(result).toEqual({
      at: '2026-03-04T05:06:07.000Z',
      ok: true,
      latency_ms: 87,
      vendor_version: '1001.0.0',
      license: 'Cloud Premium',
      user: 'bot@acme.example',
      warnings: ['TLS verification is off', 'token expires in 6 days'],
    });
  });

  it('turns a thrown error into a failed test, with secrets redacted', async () => {
    redactor.add(token);
    const runtime: ConnectorRuntime = {
      async testConnection(ctx) {
        ctx.http({ baseUrl: 'https://acme.example' });
        throw new Error('unreachable');
      },
    };
    const failed = await testConnectionWith(target, runtime, { now, createHttpClient: noHttp });
    expect(failed).toMatchObject({ ok: false, error: 'HTTP layer not available', warnings: [] });
    const leaky: ConnectorRuntime = { testConnection: async (ctx) => Promise.reject(new Error(`401 for token ${String(ctx.auth.api_token)}`)) };
    const redacted = await testConnectionWith(target, leaky, { now, createHttpClient: noHttp });
    expect(redacted.error).toBe('401 for token ***');
    const refused: ConnectorRuntime = { testConnection: async () => ({ ok: false, latency_ms: 12, warnings: ['user lacks Browse Projects'] }) };
    expect(await testConnectionWith(target, refused, { now, createHttpClient: noHttp })).toMatchObject({ ok: false, latency_ms: 12, warnings: ['user lacks Browse Projects'] });
  });

  it('gives up after the timeout even when the connector ignores the signal', async () => {
    const hanging: ConnectorRuntime = { testConnection: () => new Promise(() => undefined) };
    const result = await testConnectionWith(target, hanging, { now, createHttpClient: noHttp, timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, error: 'no answer within 50 ms' });
    expect(result.latency_ms).toBeGreaterThanOrEqual(40);
  });

  it('finds the runtime through the registry, and refuses types without a connection test', async () => {
    const entry = { ...findConnector('jira')!.entry, type: 'zz_fake_probe', displayName: 'Fake probe' };
    const testConnection = async () => ({ ok: true, latency_ms: 1, warnings: [] });
    registerConnector({ entry, runtime: async () => ({ testConnection }) });
    registerConnector({ entry: { ...entry, type: 'zz_fake_silent' }, runtime: async () => ({}) });
    registerConnector({ entry: { ...entry, type: 'zz_fake_bare' } });
    expect((await connectionTestRuntime('zz_fake_probe')).testConnection).toBe(testConnection);
    await expect(connectionTestRuntime('zz_fake_silent')).rejects.toThrow(new NoConnectionTestError('zz_fake_silent').message);
    await expect(connectionTestRuntime('zz_fake_bare')).rejects.toThrow('no connection test for zz_fake_bare yet');
    await expect(testConnectionWith({ ...target, type: 'zz_fake_silent' }, {}, { createHttpClient: noHttp })).rejects.toThrow('no connection test for zz_fake_silent yet');
  });
});
