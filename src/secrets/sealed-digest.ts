// Digest of a sealed string (SHA-256 hex via node:crypto, no key, no libsodium) so plan can see a changed ciphertext.
import { createHash } from 'node:crypto';

/** SHA-256 hex of the sealed string (surrounding whitespace ignored). */
export function sealedDigest(sealed: string): string {
  return createHash('sha256').update(sealed.trim(), 'utf8').digest('hex');
}
