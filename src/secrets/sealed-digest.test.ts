// Tests for the keyless digest of a sealed string.
import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { generateKeyPair } from './key-pair.js';
import { sealValue } from './seal.js';
import { sealedDigest } from './sealed-digest.js';

describe('sealedDigest', () => {
  it('is the stable SHA-256 hex of the sealed string', () => {
    const value = 'sw1:abc:def:ghi';
    expect(sealedDigest(value)).toBe(createHash('sha256').update(value).digest('hex'));
    expect(sealedDigest(value)).toBe(sealedDigest(value));
    expect(sealedDigest(`${value}\n`)).toBe(sealedDigest(value));
    expect(sealedDigest(value)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when the value is sealed again, even with the same plaintext', async () => {
    const pair = await generateKeyPair();
    const options = { plaintext: 'same', publicKey: pair.publicKey, integration: 'a', field: 'b', origin: null };
    expect(sealedDigest(await sealValue(options))).not.toBe(sealedDigest(await sealValue(options)));
  });
});
