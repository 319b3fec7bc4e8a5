// Builds the hub record for a create or update: non-secret spec as declared, secrets encrypted with the hub key.
import type { ConnectionTestResult } from '../catalog/runtime.js';
import { encryptAtRest } from '../secrets/at-rest.js';
import { keyedFingerprint } from '../secrets/fingerprint.js';
import type { ConnectionTest, HubRecord, SecretField } from '../state/types.js';
import type { Credentials } from './credentials.js';
import type { DesiredRecord } from './desired.js';
import { managedRecord } from './as-applied.js';
import type { SecretKeys } from './secret-keys.js';

export async function buildRecord(
  want: DesiredRecord,
  have: HubRecord | undefined,
  credentials: Credentials,
  keys: SecretKeys,
  test: ConnectionTestResult | undefined,
  now: string,
): Promise<HubRecord> {
  const secrets: Record<string, SecretField> = {};
  for (const [path, secret] of Object.entries(want.secrets)) {
    const stored = have?.secrets[path];
    if (stored && credentials.unchanged.has(path)) {
      secrets[path] = { ...stored, sealed_digest: secret.digest, source: secret.source };
      continue;
    }
    if (!keys.hubKey) throw new Error('the hub key is needed to store secrets');
    const plaintext = credentials.values.get(path)!;
    secrets[path] = {
      ciphertext: await encryptAtRest(plaintext, keys.hubKey.key, `${want.name}/${path}`),
      sealed_digest: secret.digest,
      fingerprint: await keyedFingerprint(plaintext, keys.hubKey.key),
      source: secret.source,
    };
  }
  return managedRecord(want, secrets, {
    created_at: have?.created_at ?? now,
    updated_at: now,
    last_test: test ? storedTest(test, now) : (have?.last_test ?? null),
  });
}

export function storedTest(test: ConnectionTestResult, at: string): ConnectionTest {
  return {
    at,
    ok: test.ok,
    latency_ms: Math.round(test.latency_ms),
    ...(test.vendor_version ? { vendor_version: test.vendor_version } : {}),
    ...(test.license ? { license: test.license } : {}),
    ...(test.user ? { user: test.user } : {}),
    warnings: [...test.warnings],
  };
}
