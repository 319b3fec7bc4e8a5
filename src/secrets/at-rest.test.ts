// Tests for at-rest encryption with the hub key: round trip, record-context binding, subkey use, tamper refusals.
import { describe, it, expect } from 'vitest';
import { decryptAtRest, encryptAtRest } from './at-rest.js';
import { AtRestError } from './errors.js';
import { loadSodium } from './sodium.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('encryptAtRest / decryptAtRest', () => {
  it('round-trips under the same hub key and context; output is ar1: + base64', async () => {
    const sodium = await loadSodium();
    const hub = sodium.randombytes_buf(32);
    const stored = await encryptAtRest('stored-token', hub, 'jira-prod/auth.api_token');
    expect(stored).toMatch(/^ar1:[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(stored.slice(4), 'base64')).toHaveLength(24 + 'stored-token'.length + 16);
    expect(text(await decryptAtRest(stored, hub, 'jira-prod/auth.api_token'))).toBe('stored-token');
    expect(await encryptAtRest('stored-token', hub, 'jira-prod/auth.api_token')).not.toBe(stored);
  });

  it('refuses a ciphertext copied to another record, or read with another hub key', async () => {
    const sodium = await loadSodium();
    const hub = sodium.randombytes_buf(32);
    const stored = await encryptAtRest('stored-token', hub, 'jira-prod/auth.api_token');
    for (const attempt of [
      decryptAtRest(stored, hub, 'jira-staging/auth.api_token'),
      decryptAtRest(stored, sodium.randombytes_buf(32), 'jira-prod/auth.api_token'),
    ]) {
      const error = await attempt.then(
        () => expect.unreachable(),
        (e: unknown) => e as AtRestError,
      );
      expect(error).toBeInstanceOf(AtRestError);
      expect(error.code).toBe('AT_REST_DECRYPT');
      expect(error.message).toMatch(/could not be decrypted: it was modified, copied from another record, or encrypted with another hub key/);
      expect(error.message).not.toContain('stored-token');
    }
  });

  it('uses the "swatrest" subkey, not the hub key itself', async () => {
    const sodium = await loadSodium();
    const hub = sodium.randombytes_buf(32);
    const stored = await encryptAtRest('v', hub, 'c');
    const payload = sodium.from_base64(stored.slice(4), sodium.base64_variants.ORIGINAL);
    const subkey = sodium.crypto_kdf_derive_from_key(32, 1, 'swatrest', hub);
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, payload.subarray(24), 'c', payload.subarray(0, 24), subkey);
    expect(sodium.to_string(plain)).toBe('v');
    expect(() => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, payload.subarray(24), 'c', payload.subarray(0, 24), hub)).toThrow();
  });

  it('refuses malformed and modified values', async () => {
    const sodium = await loadSodium();
    const hub = sodium.randombytes_buf(32);
    await expect(decryptAtRest('plain', hub, 'x/y')).rejects.toMatchObject({ code: 'AT_REST_FORMAT', message: 'the stored credential for x/y is not an `ar1:` ciphertext' });
    await expect(decryptAtRest('ar1:AAAA', hub, 'x/y')).rejects.toMatchObject({ code: 'AT_REST_FORMAT' });
    const stored = await encryptAtRest('stored-token', hub, 'x/y');
    const bytes = Buffer.from(stored.slice(4), 'base64');
    bytes[30] = (bytes[30] ?? 0) ^ 0x80;
    await expect(decryptAtRest(`ar1:${bytes.toString('base64')}`, hub, 'x/y')).rejects.toMatchObject({ code: 'AT_REST_DECRYPT' });
  });
});
