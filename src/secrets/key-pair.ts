// Generates X25519 key pairs (crypto_box_keypair) tagged with their key id and creation time.
import { computeKeyId } from './key-id.js';
import { loadSodium } from './sodium.js';

export interface KeyPair {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
}

/** Makes a fresh X25519 key pair for sealing values. */
export async function generateKeyPair(now: Date = new Date()): Promise<KeyPair> {
  const sodium = await loadSodium();
  const pair = sodium.crypto_box_keypair();
  return {
    keyId: computeKeyId(pair.publicKey),
    publicKey: pair.publicKey,
    privateKey: pair.privateKey,
    createdAt: now.toISOString(),
  };
}
