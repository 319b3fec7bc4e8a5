// Keyed fingerprint of a plaintext (BLAKE2b-256 keyed with a hub-derived subkey): apply compares values without storing them.
import { deriveHubSubkey } from './hub-subkey.js';
import { plaintextBytes } from './plaintext-bytes.js';
import { loadSodium } from './sodium.js';

/** Hex crypto_generichash(32, plaintext, kdf(hubKey, "swfprint")); different hubs give different fingerprints. */
export async function keyedFingerprint(plaintext: string | Uint8Array, hubKey: Uint8Array): Promise<string> {
  const sodium = await loadSodium();
  const subkey = await deriveHubSubkey(hubKey, 'swfprint');
  const message = plaintextBytes(plaintext);
  try {
    return sodium.crypto_generichash(32, message.bytes, subkey, 'hex');
  } finally {
    sodium.memzero(subkey);
    if (message.owned) sodium.memzero(message.bytes);
  }
}
