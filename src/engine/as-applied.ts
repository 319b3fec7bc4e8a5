// The hub record an apply of a desired record would leave, without credentials: what `plan --against-ref`
// compares against, and what benches and tests seed a hub with.
import type { HubRecord } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import { recordDigest } from './record-digest.js';

export function asApplied(want: DesiredRecord, at = '1970-01-01T00:00:00.000Z'): HubRecord {
  const secrets = Object.fromEntries(
    Object.entries(want.secrets).map(([path, s]) => [path, { ciphertext: '', sealed_digest: s.digest, fingerprint: null, source: s.source }]),
  );
  const base = { type: want.type, spec: want.spec, metadata: want.metadata, secrets };
  return {
    name: want.name,
    kind: 'Integration',
    archetype: want.archetype,
    ...base,
    managed: true,
    source_file: want.sourceFile,
    protect: want.protect,
    created_at: at,
    updated_at: at,
    last_test: null,
    applied_digest: recordDigest(base),
  };
}
