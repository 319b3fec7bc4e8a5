// Tests for GitHub Actions sealed-box compatibility (crypto_box_seal with standard base64 keys).
import { describe, it, expect } from 'vitest';
import { SecretsError, TamperedError } from './errors.js';
import { openBox, sealBoxForGitHub } from './github-box.js';
import { loadSodium } from './sodium.js';

describe('GitHub Actions sealed box', () => {
  it('round-trips with a standard base64 public key, like GitHub does', async () => {
    const sodium = await loadSodium();
    const pair = sodium.crypto_box_keypair();
    const githubKey = sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL);
    const encrypted = await sealBoxForGitHub('ghp-secret-value', githubKey);
    expect(encrypted).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    // What the GitHub side does: decode ORIGINAL base64 and crypto_box_seal_open.
    const raw = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL);
    expect(sodium.to_string(sodium.crypto_box_seal_open(raw, pair.publicKey, pair.privateKey))).toBe('ghp-secret-value');
    // And our own opener, with raw or base64 keys.
    expect(sodium.to_string(await openBox(encrypted, pair.publicKey, pair.privateKey))).toBe('ghp-secret-value');
    const privateB64 = sodium.to_base64(pair.privateKey, sodium.base64_variants.ORIGINAL);
    expect(sodium.to_string(await openBox(encrypted, githubKey, privateB64))).toBe('ghp-secret-value');
  });

  it('opens a box sealed directly by libsodium (GitHub documentation sample flow)', async () => {
    const sodium = await loadSodium();
    const pair = sodium.crypto_box_keypair();
    const binsec = sodium.from_string('another-secret');
    const output = sodium.to_base64(sodium.crypto_box_seal(binsec, pair.publicKey), sodium.base64_variants.ORIGINAL);
    expect(sodium.to_string(await openBox(output, pair.publicKey, pair.privateKey))).toBe('another-secret');
  });

  it('refuses url-safe or wrong-length keys and foreign boxes', async () => {
    const sodium = await loadSodium();
    const pair = sodium.crypto_box_keypair();
    const urlSafe = sodium.to_base64(pair.publicKey, sodium.base64_variants.URLSAFE_NO_PADDING);
    await expect(sealBoxForGitHub('x', urlSafe)).rejects.toThrow(SecretsError);
    await expect(sealBoxForGitHub('x', 'AAAA')).rejects.toThrow('the public key must be 32 bytes in standard base64 (with padding)');
    const other = sodium.crypto_box_keypair();
    const encrypted = await sealBoxForGitHub('x', sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL));
    await expect(openBox(encrypted, other.publicKey, other.privateKey)).rejects.toThrow(TamperedError);
  });
});
