// Decides, before planning, whether each declared secret differs from the hub's: by digest, else by keyed fingerprint.
import { keyedFingerprint } from '../secrets/fingerprint.js';
import { loadSodium } from '../secrets/sodium.js';
import type { HubRecord } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import type { SecretComparer, SecretComparison } from './plan.js';
import { resolveSecret } from './resolve-secret.js';
import type { SecretKeys } from './secret-keys.js';

/**
 * Without keys: an identical sealed value is unchanged, anything else is changed.
 * With the private key and hub key: a re-sealed but equal plaintext is unchanged too.
 */
export async function secretComparer(desired: readonly DesiredRecord[], actual: readonly HubRecord[], keys: SecretKeys): Promise<SecretComparer> {
  const results = new Map<string, SecretComparison>();
  const actualByName = new Map(actual.map((r) => [r.name, r]));
  for (const want of desired) {
    const have = actualByName.get(want.name);
    if (!have) continue;
    for (const [path, secret] of Object.entries(want.secrets)) {
      const stored = have.secrets[path];
      if (!stored) continue;
      const key = `${want.name}\u0000${path}`;
      if (secret.digest === stored.sealed_digest) {
        results.set(key, 'same');
        continue;
      }
      results.set(key, (await byFingerprint(want, path, stored.fingerprint, keys)) ?? 'changed');
    }
  }
  return (want, path) => results.get(`${want.name}\u0000${path}`) ?? 'changed';
}

async function byFingerprint(want: DesiredRecord, path: string, stored: string | null, keys: SecretKeys): Promise<SecretComparison | undefined> {
  if (!keys.hubKey || !stored) return undefined;
  const secret = want.secrets[path]!;
  if (secret.source === 'sealed' && !keys.keyring) return undefined;
  if (secret.source === 'env' && !process.env[secret.env]) return undefined;
  let plaintext: Uint8Array | undefined;
  try {
    plaintext = await resolveSecret(want, path, keys);
    return (await keyedFingerprint(plaintext, keys.hubKey.key)) === stored ? 'same' : 'changed';
  } catch {
    return undefined; // apply reports the precise error; plan only needs "changed"
  } finally {
    if (plaintext) (await loadSodium()).memzero(plaintext);
  }
}
