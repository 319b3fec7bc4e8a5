// Builds the hub record for a create or update: non-secret spec as declared, secrets encrypted with the hub key.
import { encryptAtRest } from '../secrets/at-rest.js';
import { keyedFingerprint } from '../secrets/fingerprint.js';
import { loadSodium } from '../secrets/sodium.js';
import type { HubRecord, SecretField } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import type { SecretComparer } from './plan.js';
import { recordDigest } from './record-digest.js';
import { resolveSecret } from './resolve-secret.js';
import type { SecretKeys } from './secret-keys.js';

export async function buildRecord(want: DesiredRecord, have: HubRecord | undefined, keys: SecretKeys, compare: SecretComparer, now: string): Promise<HubRecord> {
  const secrets: Record<string, SecretField> = {};
  for (const [path, secret] of Object.entries(want.secrets)) {
    const stored = have?.secrets[path];
    if (stored && have && compare(want, path, have) === 'same') {
      secrets[path] = { ...stored, sealed_digest: secret.digest, source: secret.source };
      continue;
    }
    if (!keys.hubKey) throw new Error('the hub key is needed to store secrets');
    const plaintext = await resolveSecret(want, path, keys);
    try {
      secrets[path] = {
        ciphertext: await encryptAtRest(plaintext, keys.hubKey.key, `${want.name}/${path}`),
        sealed_digest: secret.digest,
        fingerprint: await keyedFingerprint(plaintext, keys.hubKey.key),
        source: secret.source,
      };
    } finally {
      (await loadSodium()).memzero(plaintext);
    }
  }
  const base = { type: want.type, spec: want.spec, metadata: want.metadata, secrets };
  return {
    name: want.name,
    kind: 'Integration',
    archetype: want.archetype,
    ...base,
    managed: true,
    source_file: want.sourceFile,
    protect: want.protect,
    created_at: have?.created_at ?? now,
    updated_at: now,
    last_test: have?.last_test ?? null,
    applied_digest: recordDigest(base),
  };
}
