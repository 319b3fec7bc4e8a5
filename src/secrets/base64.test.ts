// Tests for the project-wide base64 variant (standard, padded) and its strict decoder.
import { describe, it, expect } from 'vitest';
import { BASE64_VARIANT, fromBase64, toBase64 } from './base64.js';
import { loadSodium } from './sodium.js';

describe('base64 (standard, padded)', () => {
  it('round-trips and matches libsodium base64_variants.ORIGINAL', async () => {
    const sodium = await loadSodium();
    expect(BASE64_VARIANT).toBe('standard-padded');
    for (let n = 0; n < 40; n++) {
      const bytes = sodium.randombytes_buf(n);
      const text = toBase64(bytes);
      expect(text).toBe(sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('rejects other variants, missing padding, whitespace and non-canonical trailing bits', () => {
    expect(fromBase64('-_8=')).toBeNull();
    expect(fromBase64('+/8')).toBeNull();
    expect(fromBase64('+/8= ')).toBeNull();
    expect(fromBase64('+/9=')).toBeNull();
    expect(fromBase64('+/8=')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(fromBase64('')).toEqual(new Uint8Array());
  });
});
