// Seals a value to the recipient public key, bound to integration, field and origin (format sw1).
import { SecretsError } from './errors.js';
import { PUBLIC_KEY_BYTES, computeKeyId } from './key-id.js';
import { normalizeOrigin } from './origin.js';
import { plaintextBytes } from './plaintext-bytes.js';
import {
  SEALED_VERSION,
  encodeSealedHeader,
  formatSealedValue,
  isSealedName,
  type SealedHeader,
} from './sealed-header.js';
import { aeadEncrypt } from './aead.js';
import { loadSodium } from './sodium.js';

export interface SealValueOptions {
  readonly plaintext: string | Uint8Array;
  /** Raw 32-byte X25519 public key (e.g. `readPublicKey().publicKey`). */
  readonly publicKey: Uint8Array;
  /** Key id of publicKey; checked against it when given. */
  readonly keyId?: string;
  readonly integration: string;
  /** Field path inside the integration, e.g. `auth.api_token`. */
  readonly field: string;
  /** The integration's destination URL (reduced to its origin), or null when the type has none. */
  readonly origin: string | null;
}

/**
 * Returns `sw1:` + b64(header JSON) + `:` + b64(crypto_box_seal(one-time key)) + `:` + b64(nonce || XChaCha20-Poly1305 ciphertext),
 * with the exact header bytes as associated data.
 */
export async function sealValue(options: SealValueOptions): Promise<string> {
  const { publicKey } = options;
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== PUBLIC_KEY_BYTES) {
    throw new SecretsError('INVALID_INPUT', `the public key must be ${PUBLIC_KEY_BYTES} raw bytes`, 'read it with readPublicKey()');
  }
  const kid = computeKeyId(publicKey);
  if (options.keyId !== undefined && options.keyId !== kid) {
    throw new SecretsError(
      'INVALID_INPUT',
      `key id ${options.keyId} does not belong to the given public key (its id is ${kid})`,
      'pass the key id read from the same public key file',
    );
  }
  for (const [what, value] of [['integration name', options.integration], ['field path', options.field]] as const) {
    if (!isSealedName(value)) {
      throw new SecretsError(
        'INVALID_INPUT',
        `the ${what} to seal for must be a non-empty string of at most 256 characters without control characters`,
        'pass --integration <name> --field <path>, e.g. --field auth.api_token',
      );
    }
  }
  const header: SealedHeader = {
    v: SEALED_VERSION,
    kid,
    integration: options.integration,
    field: options.field,
    origin: normalizeOrigin(options.origin),
  };
  const headerJson = encodeSealedHeader(header);
  const sodium = await loadSodium();
  const message = plaintextBytes(options.plaintext);
  const oneTimeKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
  try {
    const payload = aeadEncrypt(sodium, message.bytes, headerJson, oneTimeKey);
    const sealedKey = sodium.crypto_box_seal(oneTimeKey, publicKey);
    return formatSealedValue(headerJson, sealedKey, payload);
  } finally {
    sodium.memzero(oneTimeKey);
    if (message.owned) sodium.memzero(message.bytes);
  }
}
