// Derives purpose-bound subkeys from the hub key with crypto_kdf_derive_from_key (8-char contexts).
import { SecretsError } from './errors.js';
import { loadSodium } from './sodium.js';

export type HubKeyPurpose = 'swfprint' | 'swatrest';

export const HUB_KEY_BYTES = 32;
const SUBKEY_ID = 1;

/** Returns a 32-byte subkey for the purpose; the caller zeroes it. */
export async function deriveHubSubkey(hubKey: Uint8Array, purpose: HubKeyPurpose): Promise<Uint8Array> {
  if (!(hubKey instanceof Uint8Array) || hubKey.length !== HUB_KEY_BYTES) {
    throw new SecretsError('INVALID_INPUT', `the hub key must be ${HUB_KEY_BYTES} bytes`, 'load it with loadOrCreateHubKey()');
  }
  const sodium = await loadSodium();
  return sodium.crypto_kdf_derive_from_key(32, SUBKEY_ID, purpose, hubKey);
}
