// Turns a plaintext (string or bytes) into bytes and says whether this library owns them (and so must zero them).
import { SecretsError } from './errors.js';

export interface PlaintextBytes {
  readonly bytes: Uint8Array;
  /** True when the bytes were made here from a string and may be zeroed after use. */
  readonly owned: boolean;
}

/** UTF-8 bytes of a string plaintext (owned), or the caller's own bytes (not owned, never zeroed here). */
export function plaintextBytes(plaintext: string | Uint8Array): PlaintextBytes {
  if (plaintext instanceof Uint8Array) return { bytes: plaintext, owned: false };
  if (typeof plaintext === 'string') return { bytes: new TextEncoder().encode(plaintext), owned: true };
  throw new SecretsError('INVALID_INPUT', 'a secret value must be a string or bytes', 'pass the value as text');
}
