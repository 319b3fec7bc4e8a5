// XChaCha20-Poly1305 with a fresh random nonce, laid out as nonce || ciphertext: the one AEAD framing secwire uses.
import { AEAD_NONCE_BYTES } from './sealed-header.js';
import type { Sodium } from './sodium.js';

export function aeadEncrypt(sodium: Sodium, message: Uint8Array, associatedData: string, key: Uint8Array): Uint8Array {
  const nonce = sodium.randombytes_buf(AEAD_NONCE_BYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(message, Buffer.from(associatedData, 'utf8'), null, nonce, key);
  const payload = new Uint8Array(nonce.length + ciphertext.length);
  payload.set(nonce, 0);
  payload.set(ciphertext, nonce.length);
  return payload;
}
