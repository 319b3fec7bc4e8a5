// What an applied record looks like, in one place: apply builds it with real credentials; `plan --against-ref`,
// benches and tests build it without any (asApplied).
import type { ConnectionTest, HubRecord, SecretField } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import { recordDigest } from './record-digest.js';

export interface RecordTimes {
  readonly created_at: string;
  readonly updated_at: string;
  readonly last_test: ConnectionTest | null;
}

/** The managed record for a desired record and its stored secret fields; applied_digest marks it as secwire wrote it. */
export function managedRecord(want: DesiredRecord, secrets: Record<string, SecretField>, times: RecordTimes): HubRecord {
  const base = { type: want.type, spec: want.spec, metadata: want.metadata, secrets };
  return {
    name: want.name,
    kind: 'Integration',
    archetype: want.archetype,
    ...base,
    managed: true,
    source_file: want.sourceFile,
    protect: want.protect,
    ...times,
    applied_digest: recordDigest(base),
  };
}

/** The record an apply would leave, without credentials (only digests of the sealed values). */
export function asApplied(want: DesiredRecord, at = '1970-01-01T00:00:00.000Z'): HubRecord {
  const secrets = Object.fromEntries(
    Object.entries(want.secrets).map(([path, s]): [string, SecretField] => [path, { ciphertext: '', sealed_digest: s.digest, fingerprint: null, source: s.source }]),
  );
  return managedRecord(want, secrets, { created_at: at, updated_at: at, last_test: null });
}
