// Encrypts credentials at rest with the hub key (XChaCha20-Poly1305, kdf context "swatrest"), bound to a record context.
import { fromBase64, toBase64 } from './base64.js';
import { AtRestError } from './errors.js';
import { deriveHubSubkey } from './hub-subkey.js';
import { plaintextBytes } from './plaintext-bytes.js';
import { AEAD_NONCE_BYTES, AEAD_TAG_BYTES } from './sealed-header.js';
import { aeadEncrypt } from './aead.js';
import { loadSodium } from './sodium.js';

export const AT_REST_PREFIX = 'ar1:';

/** Returns `ar1:` + base64(nonce || ciphertext); `context` (e.g. `jira-prod/auth.api_token`) is the associated data. */
export async function encryptAtRest(plaintext: string | Uint8Array, hubKey: Uint8Array, context: string): Promise<string> {
  const sodium = await loadSodium();
  const subkey = await deriveHubSubkey(hubKey, 'swatrest');
  const message = plaintextBytes(plaintext);
  try {
    const payload = aeadEncrypt(sodium, message.bytes, context, subkey);
    return `${AT_REST_PREFIX}${toBase64(payload)}`;
  } finally {
    sodium.memzero(subkey);
    if (message.owned) sodium.memzero(message.bytes);
  }
}

/** Decrypts an `ar1:` value stored for `context`; the caller zeroes the result. Throws AtRestError. */
export async function decryptAtRest(ciphertext: string, hubKey: Uint8Array, context: string): Promise<Uint8Array> {
  if (typeof ciphertext !== 'string' || !ciphertext.startsWith(AT_REST_PREFIX)) {
    throw new AtRestError(
      'AT_REST_FORMAT',
      `the stored credential for ${context} is not an \`${AT_REST_PREFIX}\` ciphertext`,
      'set the credential again with `secwire apply`',
    );
  }
  const payload = fromBase64(ciphertext.slice(AT_REST_PREFIX.length));
  if (payload === null || payload.length < AEAD_NONCE_BYTES + AEAD_TAG_BYTES) {
    throw new AtRestError(
      'AT_REST_FORMAT',
      `the stored credential for ${context} is truncated or damaged`,
      'set the credential again with `secwire apply`',
    );
  }
  const sodium = await loadSodium();
  const subkey = await deriveHubSubkey(hubKey, 'swatrest');
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      payload.subarray(AEAD_NONCE_BYTES),
      Buffer.from(context, 'utf8'),
      payload.subarray(0, AEAD_NONCE_BYTES),
      subkey,
    );
  } catch {
    throw new AtRestError(
      'AT_REST_DECRYPT',
      `the stored credential for ${context} could not be decrypted: it was modified, copied from another record, or encrypted with another hub key`,
      'check that SECWIRE_HUB_KEY / .secwire/hub.key is the key this hub was created with, then set the credential again with `secwire apply`',
    );
  } finally {
    sodium.memzero(subkey);
  }
}
