// Key id of an X25519 public key: first 16 hex chars of SHA-256 over the raw 32 bytes (node:crypto, no libsodium).
import { createHash } from 'node:crypto';

export const PUBLIC_KEY_BYTES = 32;
export const PRIVATE_KEY_BYTES = 32;
export const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;

/** Computes the key id of a raw 32-byte public key. */
export function computeKeyId(publicKey: Uint8Array): string {
  if (publicKey.length !== PUBLIC_KEY_BYTES) {
    throw new RangeError(`an X25519 public key has ${PUBLIC_KEY_BYTES} bytes, got ${publicKey.length}`);
  }
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

/** True when the text has the shape of a key id (16 lowercase hex chars). */
export function isKeyId(text: string): boolean {
  return KEY_ID_PATTERN.test(text);
}
