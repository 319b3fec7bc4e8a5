// Tests for the keyed plaintext fingerprint (same hub equal, different hubs differ).
import { describe, it, expect } from 'vitest';
import { keyedFingerprint } from './fingerprint.js';
import { loadSodium } from './sodium.js';

describe('keyedFingerprint', () => {
  it('is equal for the same value and hub key, different across hub keys and values', async () => {
    const sodium = await loadSodium();
    const hubA = sodium.randombytes_buf(32);
    const hubB = sodium.randombytes_buf(32);
    const a1 = await keyedFingerprint('token-value', hubA);
    expect(a1).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyedFingerprint('token-value', hubA)).toBe(a1);
    expect(await keyedFingerprint(new TextEncoder().encode('token-value'), hubA)).toBe(a1);
    expect(await keyedFingerprint('token-value', hubB)).not.toBe(a1);
    expect(await keyedFingerprint('token-valuf', hubA)).not.toBe(a1);
  });

  it('is BLAKE2b-256 keyed with the "swfprint" subkey, not with the hub key itself', async () => {
    const sodium = await loadSodium();
    const hub = sodium.randombytes_buf(32);
    const subkey = sodium.crypto_kdf_derive_from_key(32, 1, 'swfprint', hub);
    expect(await keyedFingerprint('v', hub)).toBe(sodium.crypto_generichash(32, 'v', subkey, 'hex'));
    expect(await keyedFingerprint('v', hub)).not.toBe(sodium.crypto_generichash(32, 'v', hub, 'hex'));
  });

  it('does not zero caller-owned plaintext bytes and refuses a wrong-size hub key', async () => {
    const mine = new Uint8Array([1, 2, 3, 4]);
    await keyedFingerprint(mine, new Uint8Array(32).fill(9));
    expect(mine).toEqual(new Uint8Array([1, 2, 3, 4]));
    await expect(keyedFingerprint('v', new Uint8Array(16))).rejects.toThrow('the hub key must be 32 bytes');
  });
});
