// Unseals a sw1 value: checks format, scope, key id, then opens the box and the AEAD (header bytes as associated data).
import { TamperedError, UnknownKeyError } from './errors.js';
import { findKey, type Keyring } from './keyring.js';
import { AEAD_NONCE_BYTES, parseSealedValue } from './sealed-header.js';
import { assertSealedScope, type SealedScope } from './sealed-scope.js';
import { loadSodium } from './sodium.js';

export interface UnsealOptions extends SealedScope {
  readonly keyring: Keyring;
}

/**
 * Returns the plaintext bytes (the caller zeroes them with sodium.memzero when done).
 * Throws, in this order: SealedFormatError, ScopeError, UnknownKeyError (no trial decryption), TamperedError.
 */
export async function unsealValue(sealed: string, options: UnsealOptions): Promise<Uint8Array> {
  const parsed = parseSealedValue(sealed);
  const { header } = parsed;
  assertSealedScope(header, options);
  const key = findKey(options.keyring, header.kid);
  if (key === undefined) {
    const held = options.keyring.keys.map((k) => k.keyId).join(', ') || 'none';
    const from = options.keyring.origin === null ? 'the keyring' : `the keyring from ${options.keyring.origin}`;
    throw new UnknownKeyError(
      header.kid,
      `the sealed value for ${options.field} (integration ${options.integration}) needs key id ${header.kid}, which is not in ${from} (it holds: ${held})`,
      `provide the keyring that holds key ${header.kid} (SECWIRE_PRIVATE_KEY or .secwire/secwire.key), or seal the value again with the current public key`,
    );
  }
  const tampered = (): TamperedError =>
    new TamperedError(
      `the sealed value for ${options.field} (integration ${options.integration}) was modified or is corrupt`,
      `seal the value again with \`secwire seal --integration ${options.integration} --field ${options.field}\``,
    );
  const sodium = await loadSodium();
  let oneTimeKey: Uint8Array;
  try {
    oneTimeKey = sodium.crypto_box_seal_open(parsed.sealedKey, key.publicKey, key.privateKey);
  } catch {
    throw tampered();
  }
  try {
    const nonce = parsed.payload.subarray(0, AEAD_NONCE_BYTES);
    const ciphertext = parsed.payload.subarray(AEAD_NONCE_BYTES);
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, parsed.headerBytes, nonce, oneTimeKey);
  } catch {
    throw tampered();
  } finally {
    sodium.memzero(oneTimeKey);
  }
}
