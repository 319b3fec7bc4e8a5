// Checks hub records and audit entries, and converts them to and from SQLite rows (JSON text columns).
import { InvalidRecordError, InvalidWriteError } from './errors.js';
import type { AuditEntry, AuditKind, ConnectionTest, HubRecord, LockInfo } from './types.js';

export interface RecordRow {
  name: string;
  kind: string;
  type: string;
  archetype: string;
  spec: string;
  metadata: string;
  secrets: string;
  managed: number;
  source_file: string | null;
  protect: number;
  created_at: string;
  updated_at: string;
  last_test: string | null;
  applied_digest: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  kind: string;
  plan_hash: string | null;
  data: string;
}

export type LockRow = LockInfo;

const AUDIT_KINDS: readonly AuditKind[] = ['apply', 'gate', 'import', 'force-unlock'];

export function checkRecord(record: HubRecord): void {
  const problems: string[] = [];
  const r = record as unknown as Record<string, unknown>;
  const name = typeof r.name === 'string' ? r.name : '';
  if (!name) problems.push('name must be a non-empty string');
  if (r.kind !== 'Integration') problems.push(`kind must be "Integration", got ${JSON.stringify(r.kind)}`);
  for (const key of ['type', 'archetype', 'created_at', 'updated_at'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') problems.push(`${key} must be a non-empty string`);
  }
  for (const key of ['managed', 'protect'] as const) {
    if (typeof r[key] !== 'boolean') problems.push(`${key} must be a boolean`);
  }
  if (r.source_file !== null && typeof r.source_file !== 'string') problems.push('source_file must be a string or null');
  if (!isPlainObject(r.spec)) problems.push('spec must be an object');
  const metadata = r.metadata as Record<string, unknown> | undefined;
  if (!isPlainObject(metadata) || !isStringMap(metadata.labels) || !isStringMap(metadata.annotations)) {
    problems.push('metadata must hold labels and annotations as string maps');
  }
  if (!isPlainObject(r.secrets)) {
    problems.push('secrets must be an object');
  } else {
    for (const [path, field] of Object.entries(r.secrets)) {
      const f = field as Record<string, unknown> | undefined;
      if (
        !isPlainObject(f) ||
        typeof f.ciphertext !== 'string' ||
        (f.source !== 'sealed' && f.source !== 'env') ||
        !isStringOrNull(f.sealed_digest) ||
        !isStringOrNull(f.fingerprint)
      ) {
        problems.push(`secrets["${path}"] must be { ciphertext, sealed_digest, fingerprint, source: sealed|env }`);
      }
    }
  }
  if (r.last_test !== null && !isPlainObject(r.last_test)) problems.push('last_test must be an object or null');
  if (!isStringOrNull(r.applied_digest ?? null)) problems.push('applied_digest must be a string or null');
  if (problems.length > 0) throw new InvalidRecordError(name || '(unnamed)', problems);
}

export function checkAudit(entry: AuditEntry): void {
  if (!AUDIT_KINDS.includes(entry.kind)) throw new InvalidWriteError(`unknown audit kind ${JSON.stringify(entry.kind)}`);
  if (typeof entry.at !== 'string' || !entry.at) throw new InvalidWriteError('audit entry needs "at"');
  if (typeof entry.actor !== 'string' || !entry.actor) throw new InvalidWriteError('audit entry needs "actor"');
}

/** JSON.stringify that fails loudly (BigInt, cycles) instead of writing garbage. */
export function toJson(value: unknown, what: string): string {
  try {
    return JSON.stringify(value ?? null);
  } catch (err) {
    throw new InvalidWriteError(`${what} is not JSON-serializable: ${(err as Error).message}`);
  }
}

export function recordToRow(record: HubRecord): RecordRow {
  return {
    name: record.name,
    kind: record.kind,
    type: record.type,
    archetype: record.archetype,
    spec: toJson(record.spec, `record "${record.name}" spec`),
    metadata: toJson(record.metadata, `record "${record.name}" metadata`),
    secrets: toJson(record.secrets, `record "${record.name}" secrets`),
    managed: record.managed ? 1 : 0,
    source_file: record.source_file,
    protect: record.protect ? 1 : 0,
    created_at: record.created_at,
    updated_at: record.updated_at,
    last_test: record.last_test === null ? null : toJson(record.last_test, `record "${record.name}" last_test`),
    applied_digest: record.applied_digest ?? null,
  };
}

export function rowToRecord(row: RecordRow): HubRecord {
  return {
    name: row.name,
    kind: row.kind as HubRecord['kind'],
    type: row.type,
    archetype: row.archetype,
    spec: JSON.parse(row.spec) as HubRecord['spec'],
    metadata: JSON.parse(row.metadata) as HubRecord['metadata'],
    secrets: JSON.parse(row.secrets) as HubRecord['secrets'],
    managed: row.managed === 1,
    source_file: row.source_file,
    protect: row.protect === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_test: row.last_test === null ? null : (JSON.parse(row.last_test) as ConnectionTest),
    applied_digest: row.applied_digest,
  };
}

export function rowToAudit(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    kind: row.kind as AuditKind,
    plan_hash: row.plan_hash,
    data: JSON.parse(row.data) as unknown,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringMap(value: unknown): boolean {
  return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string');
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
