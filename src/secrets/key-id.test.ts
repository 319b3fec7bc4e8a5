// Tests for the SHA-256 based key id.
import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { computeKeyId, isKeyId } from './key-id.js';

describe('computeKeyId', () => {
  it('is the first 16 hex chars of SHA-256 over the raw public key', () => {
    const key = new Uint8Array(32).fill(7);
    const expected = createHash('sha256').update(key).digest('hex').slice(0, 16);
    expect(computeKeyId(key)).toBe(expected);
    expect(isKeyId(computeKeyId(key))).toBe(true);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => computeKeyId(new Uint8Array(31))).toThrow(/32 bytes/);
  });

  it('recognises the key id shape', () => {
    expect(isKeyId('0123456789abcdef')).toBe(true);
    expect(isKeyId('0123456789ABCDEF')).toBe(false);
    expect(isKeyId('0123456789abcde')).toBe(false);
  });
});
