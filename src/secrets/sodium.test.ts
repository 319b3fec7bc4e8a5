// Tests for the memoised libsodium loader and the sizes the keyless parser hard-codes.
import { describe, it, expect } from 'vitest';
import { AEAD_NONCE_BYTES, AEAD_TAG_BYTES, SEALED_KEY_BYTES } from './sealed-header.js';
import { loadSodium } from './sodium.js';

describe('loadSodium', () => {
  it('returns the same ready instance every time', async () => {
    const a = await loadSodium();
    expect(await loadSodium()).toBe(a);
    expect(a.crypto_box_PUBLICKEYBYTES).toBe(32);
  });

  it('matches the sizes the keyless header parser hard-codes', async () => {
    const sodium = await loadSodium();
    expect(SEALED_KEY_BYTES).toBe(sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES + sodium.crypto_box_SEALBYTES);
    expect(AEAD_NONCE_BYTES).toBe(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    expect(AEAD_TAG_BYTES).toBe(sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES);
    expect(sodium.crypto_kdf_CONTEXTBYTES).toBe('swfprint'.length);
    expect(sodium.crypto_kdf_CONTEXTBYTES).toBe('swatrest'.length);
  });
});
