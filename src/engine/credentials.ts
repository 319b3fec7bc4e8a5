// Plaintext credentials of one integration for this apply: unchanged ones decrypted from the hub, others unsealed.
import { decryptAtRest } from '../secrets/at-rest.js';
import { redactor } from '../secrets/redactor.js';
import { loadSodium } from '../secrets/sodium.js';
import type { HubRecord } from '../state/types.js';
import type { DesiredRecord } from './desired.js';
import type { SecretComparer } from './plan.js';
import { resolveSecret } from './resolve-secret.js';
import type { SecretKeys } from './secret-keys.js';

/** Field path → plaintext bytes. Call `wipe` when done. */
export interface Credentials {
  readonly values: ReadonlyMap<string, Uint8Array>;
  /** True for values taken from the hub as they were (no new ciphertext needed). */
  readonly unchanged: ReadonlySet<string>;
  wipe(): Promise<void>;
}

export async function resolveCredentials(want: DesiredRecord, have: HubRecord | undefined, keys: SecretKeys, compare: SecretComparer): Promise<Credentials> {
  const values = new Map<string, Uint8Array>();
  const unchanged = new Set<string>();
  const wipe = async () => {
    const sodium = await loadSodium();
    for (const bytes of values.values()) sodium.memzero(bytes);
  };
  try {
    for (const path of Object.keys(want.secrets).sort()) {
      const stored = have?.secrets[path];
      if (stored && have && keys.hubKey && compare(want, path, have) === 'same') {
        const plaintext = await decryptAtRest(stored.ciphertext, keys.hubKey.key, `${want.name}/${path}`);
        redactor.add(plaintext);
        values.set(path, plaintext);
        unchanged.add(path);
      } else {
        values.set(path, await resolveSecret(want, path, keys));
      }
    }
  } catch (error) {
    await wipe();
    throw error;
  }
  return { values, unchanged, wipe };
}
