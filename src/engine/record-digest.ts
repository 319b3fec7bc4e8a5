// Digest of a record's configuration as secwire wrote it; a different digest later means someone changed it elsewhere.
import { createHash } from 'node:crypto';
import type { HubRecord } from '../state/types.js';

// Records read from the store are never mutated, so a record's digest can be kept with it.
const digests = new WeakMap<object, string>();

export function recordDigest(record: Pick<HubRecord, 'type' | 'spec' | 'metadata' | 'secrets'>): string {
  const known = digests.get(record);
  if (known !== undefined) return known;
  const digest = computeDigest(record);
  digests.set(record, digest);
  return digest;
}

function computeDigest(record: Pick<HubRecord, 'type' | 'spec' | 'metadata' | 'secrets'>): string {
  const secrets = Object.fromEntries(Object.keys(record.secrets).sort().map((k) => [k, record.secrets[k]!.sealed_digest ?? record.secrets[k]!.fingerprint]));
  return createHash('sha256').update(canonicalJson({ type: record.type, spec: record.spec, metadata: record.metadata, secrets })).digest('hex');
}

/** JSON with sorted keys, so equal values always hash equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).filter((k) => obj[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
