// Tests for plaintext-to-bytes conversion and ownership.
import { describe, it, expect } from 'vitest';
import { SecretsError } from './errors.js';
import { plaintextBytes } from './plaintext-bytes.js';

describe('plaintextBytes', () => {
  it('owns bytes made from a string and never the caller bytes', () => {
    expect(plaintextBytes('hé')).toEqual({ bytes: new Uint8Array([0x68, 0xc3, 0xa9]), owned: true });
    const mine = new Uint8Array([1, 2]);
    const result = plaintextBytes(mine);
    expect(result.bytes).toBe(mine);
    expect(result.owned).toBe(false);
  });

  it('refuses other types without echoing them', () => {
    expect(() => plaintextBytes(42 as unknown as string)).toThrow(SecretsError);
  });
});
