// `secwire state list` and `secwire state show NAME`: what the hub holds, secrets masked. Never decrypts anything.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { stringify } from 'yaml';
import { recordDigest } from '../engine/record-digest.js';
import { suggest } from '../manifest/suggest.js';
import { parseBackend } from '../state/backend-url.js';
import { openStore } from '../state/open-store.js';
import type { ConnectionTest, HubRecord, HubStore } from '../state/types.js';
import { commandContext, type CommandContext, type GlobalOptions } from './context.js';
import { UserError } from './user-error.js';

export const STATE_FORMAT_VERSION = '1';

export interface StateOptions extends GlobalOptions {
  readonly backend?: string;
  readonly json?: boolean;
}

/** The backend as the user chose it: flag, then config, then the default. */
export function backendOf(ctx: CommandContext, flag: string | undefined): string | undefined {
  return flag ?? ctx.resolved.config.backend;
}

/**
 * Opens the hub store for a command that only reads it (or breaks its lock): undefined when a file backend does not
 * exist yet, so reading never creates an empty hub as a side effect.
 */
export async function openExistingStore(ctx: CommandContext, backend: string | undefined): Promise<HubStore | undefined> {
  const spec = parseBackend(backend, ctx.resolved.dir);
  if (spec.path !== ':memory:' && !existsSync(spec.path)) return undefined;
  return openStore(backend, { cwd: ctx.resolved.dir });
}

/** The backend's display name, e.g. "file:.secwire/hub.db". */
export function locationOf(ctx: CommandContext, backend: string | undefined): string {
  return parseBackend(backend, ctx.resolved.dir).location;
}

/** Who runs this command, for the audit log and lock messages. */
export function actor(): string {
  return process.env.GITHUB_ACTOR ? `github:${process.env.GITHUB_ACTOR}` : `${os.userInfo().username}@${os.hostname()}`;
}

/** A record the user named, or a "did you mean" error listing what the hub holds. */
export function recordNamed(records: readonly HubRecord[], name: string, location: string): HubRecord {
  const found = records.find((r) => r.name === name);
  if (found) return found;
  const guess = suggest(name, records.map((r) => r.name));
  throw new UserError(
    `the hub store ${location} has no record \`${name}\`${guess ? `; did you mean \`${guess}\`?` : ''}`,
    records.length ? '`secwire state list` lists every record' : 'the hub holds no records yet; `secwire apply` creates them',
  );
}

export async function runStateList(options: StateOptions): Promise<number> {
  const ctx = await commandContext(options);
  const backend = backendOf(ctx, options.backend);
  const location = locationOf(ctx, backend);
  const store = await openExistingStore(ctx, backend);
  let records: HubRecord[] = [];
  let serial: number | null = null;
  try {
    if (store) [records, serial] = [await store.list(), await store.serial()];
  } finally {
    await store?.close();
  }
  if (options.json) {
    ctx.term.out(`${JSON.stringify({ format_version: STATE_FORMAT_VERSION, backend: location, serial, records: records.map(summaryView) }, null, 2)}\n`);
    return 0;
  }
  if (!records.length) {
    ctx.term.out(store ? `The hub store ${location} holds no records. \`secwire apply\` creates them.\n` : `The hub store ${location} does not exist yet, so it holds no records. \`secwire apply\` creates it.\n`);
    return 0;
  }
  const rows = [['NAME', 'TYPE', 'ARCHETYPE', 'MANAGED', 'PROTECT', 'UPDATED', 'LAST TEST']];
  for (const r of records) {
    rows.push([r.name, r.type, r.archetype, r.managed ? 'yes' : 'no', r.protect ? 'yes' : 'no', shortTime(r.updated_at), testCell(r.last_test)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row, n) => {
    const text = row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    return n === 0 ? ctx.term.style('bold', text) : text;
  });
  const managed = records.filter((r) => r.managed).length;
  const unmanaged = records.length - managed;
  ctx.term.out(
    `${lines.join('\n')}\n\n${records.length} record${records.length === 1 ? '' : 's'} (${managed} managed, ${unmanaged} unmanaged) in ${location}, serial ${serial}.` +
      `${unmanaged ? ' Adopt an unmanaged one with `secwire import NAME`.' : ''}\n`,
  );
  return 0;
}

export async function runStateShow(name: string, options: StateOptions): Promise<number> {
  const ctx = await commandContext(options);
  const backend = backendOf(ctx, options.backend);
  const location = locationOf(ctx, backend);
  const store = await openExistingStore(ctx, backend);
  let records: HubRecord[] = [];
  try {
    if (store) records = await store.list();
  } finally {
    await store?.close();
  }
  const record = recordNamed(records, name, location);
  const view = detailView(record);
  if (options.json) {
    ctx.term.out(`${JSON.stringify({ format_version: STATE_FORMAT_VERSION, backend: location, ...view }, null, 2)}\n`);
    return 0;
  }
  const { term } = ctx;
  const label = (text: string) => term.style('bold', text.padEnd(12));
  const lines = [
    `${term.style('bold', `integration "${record.name}"`)} (${record.type}, ${record.archetype}) in ${location}`,
    '',
    `${label('managed')} ${record.managed ? `yes${record.source_file ? `, declared in ${record.source_file}` : ''}` : 'no: secwire leaves it alone; adopt it with `secwire import ' + record.name + '`'}`,
    `${label('protect')} ${record.protect ? 'yes (secwire/protect): deletes are refused' : 'no'}`,
    `${label('created')} ${record.created_at}`,
    `${label('updated')} ${record.updated_at}`,
    `${label('drift')} ${view.drift === null ? 'unknown (never applied by secwire)' : view.drift ? term.style('magenta', 'yes: changed in the hub outside secwire since the last apply') : 'none'}`,
    '',
    term.style('bold', 'metadata:'),
    indent(stringify({ labels: record.metadata.labels, annotations: record.metadata.annotations })),
    term.style('bold', 'spec:') + (Object.keys(record.spec).length ? '' : ' {}'),
    ...(Object.keys(record.spec).length ? [indent(stringify(record.spec))] : []),
    term.style('bold', 'secrets:') + (Object.keys(view.secrets).length ? '' : ' (none)'),
    ...Object.entries(view.secrets).map(
      ([path, s]) => `  ${path}: (sensitive)  source: ${s.source}, fingerprint: ${s.fingerprint ? 'stored' : 'none'}`,
    ),
    '',
    term.style('bold', 'last test:') + (record.last_test ? '' : ' never (run `secwire test ' + record.name + '`)'),
    ...(record.last_test ? testLines(record.last_test, term.style.bind(term)) : []),
  ];
  term.out(`${lines.join('\n')}\n`);
  return 0;
}

interface SecretView {
  readonly value: '(sensitive)';
  readonly source: 'sealed' | 'env';
  readonly fingerprint: boolean;
}

function summaryView(r: HubRecord): Record<string, unknown> {
  return {
    name: r.name,
    type: r.type,
    archetype: r.archetype,
    managed: r.managed,
    protect: r.protect,
    source_file: r.source_file,
    created_at: r.created_at,
    updated_at: r.updated_at,
    last_test: r.last_test,
  };
}

/** The record as `show` presents it: every secret reduced to its source and whether a fingerprint exists. */
function detailView(r: HubRecord): Record<string, unknown> & { drift: boolean | null; secrets: Record<string, SecretView> } {
  const secrets: Record<string, SecretView> = {};
  for (const path of Object.keys(r.secrets).sort()) {
    const s = r.secrets[path]!;
    secrets[path] = { value: '(sensitive)', source: s.source, fingerprint: s.fingerprint !== null && s.fingerprint !== '' };
  }
  return {
    name: r.name,
    kind: r.kind,
    type: r.type,
    archetype: r.archetype,
    managed: r.managed,
    protect: r.protect,
    source_file: r.source_file,
    created_at: r.created_at,
    updated_at: r.updated_at,
    drift: r.applied_digest === null ? null : r.applied_digest !== recordDigest(r),
    metadata: r.metadata,
    spec: r.spec,
    secrets,
    last_test: r.last_test,
  };
}

function testCell(test: ConnectionTest | null): string {
  if (!test) return 'never';
  return `${test.ok ? 'ok' : 'fail'} ${Math.round(test.latency_ms)} ms`;
}

function testLines(test: ConnectionTest, style: CommandContext['term']['style']): string[] {
  const lines = [`  ${test.ok ? style('green', 'ok') : style('red', 'failed')} at ${test.at}, ${Math.round(test.latency_ms)} ms`];
  if (test.vendor_version) lines.push(`  version:  ${test.vendor_version}`);
  if (test.license) lines.push(`  license:  ${test.license}`);
  if (test.user) lines.push(`  user:     ${test.user}`);
  if (test.error) lines.push(`  error:    ${test.error}`);
  for (const w of test.warnings) lines.push(`  warning:  ${w}`);
  return lines;
}

/** 2025-01-31T10:20:30.123Z → 2025-01-31 10:20 UTC. */
function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}${iso.endsWith('Z') ? ' UTC' : ''}` : iso;
}

function indent(text: string): string {
  return text.replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n');
}
