// GitHub Actions secrets compatibility: anonymous sealed box (crypto_box_seal) with standard base64 keys and output.
import { fromBase64, toBase64 } from './base64.js';
import { SecretsError, TamperedError } from './errors.js';
import { PUBLIC_KEY_BYTES } from './key-id.js';
import { plaintextBytes } from './plaintext-bytes.js';
import { loadSodium } from './sodium.js';

/** Encrypts a value for a GitHub Actions secret: returns base64(crypto_box_seal(plaintext, publicKey)). */
export async function sealBoxForGitHub(plaintext: string | Uint8Array, base64PublicKey: string): Promise<string> {
  const publicKey = decodeKey(base64PublicKey, 'public key');
  const sodium = await loadSodium();
  const message = plaintextBytes(plaintext);
  try {
    return toBase64(sodium.crypto_box_seal(message.bytes, publicKey));
  } finally {
    if (message.owned) sodium.memzero(message.bytes);
  }
}

/** Opens a base64 sealed box with the recipient key pair (raw bytes or standard base64); the caller zeroes the result. */
export async function openBox(
  base64Ciphertext: string,
  publicKey: Uint8Array | string,
  privateKey: Uint8Array | string,
): Promise<Uint8Array> {
  const pub = typeof publicKey === 'string' ? decodeKey(publicKey, 'public key') : publicKey;
  const priv = typeof privateKey === 'string' ? decodeKey(privateKey, 'private key') : privateKey;
  const ciphertext = fromBase64(base64Ciphertext.trim());
  if (ciphertext === null) {
    throw new SecretsError('INVALID_INPUT', 'the sealed box is not standard base64', 'pass the ciphertext exactly as produced');
  }
  const sodium = await loadSodium();
  try {
    return sodium.crypto_box_seal_open(ciphertext, pub, priv);
  } catch {
    throw new TamperedError('the sealed box could not be opened: it was modified, is corrupt, or was sealed to another key');
  } finally {
    if (typeof privateKey === 'string') sodium.memzero(priv);
  }
}

function decodeKey(base64: string, what: string): Uint8Array {
  const key = fromBase64(base64.trim());
  if (key === null || key.length !== PUBLIC_KEY_BYTES) {
    throw new SecretsError(
      'INVALID_INPUT',
      `the ${what} must be ${PUBLIC_KEY_BYTES} bytes in standard base64 (with padding)`,
      'use the `key` field returned by GitHub\'s "get public key" endpoint as is',
    );
  }
  return key;
}
