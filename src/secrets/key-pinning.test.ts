// Tests for the pinned key id check that catches a swapped public key.
import { describe, it, expect } from 'vitest';
import { PinnedKeyMismatchError } from './errors.js';
import { generateKeyPair } from './key-pair.js';
import { assertPinnedKeyId } from './key-pinning.js';

describe('assertPinnedKeyId', () => {
  it('passes when the id matches or nothing is pinned', async () => {
    const pair = await generateKeyPair();
    expect(() => assertPinnedKeyId(pair.publicKey, pair.keyId)).not.toThrow();
    expect(() => assertPinnedKeyId({ keyId: pair.keyId }, pair.keyId.toUpperCase())).not.toThrow();
    expect(() => assertPinnedKeyId(pair.publicKey, undefined)).not.toThrow();
    expect(() => assertPinnedKeyId(pair.publicKey, null)).not.toThrow();
  });

  it('refuses a swapped public key with what happened and what to do', async () => {
    const committed = await generateKeyPair();
    const swapped = await generateKeyPair();
    try {
      assertPinnedKeyId(swapped.publicKey, committed.keyId);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PinnedKeyMismatchError);
      const e = error as PinnedKeyMismatchError;
      expect(e.code).toBe('KEY_PIN_MISMATCH');
      expect(e.message).toBe(
        `secwire.pub has key id ${swapped.keyId} but secwire.config.yaml pins ${committed.keyId}: someone may have swapped the public key; do not seal anything with it`,
      );
      expect(e.hint).toContain(`update the pin in secwire.config.yaml to ${swapped.keyId}`);
      expect(e.hint).toContain('restore secwire.pub from a trusted commit');
      expect(e.actualKeyId).toBe(swapped.keyId);
      expect(e.pinnedKeyId).toBe(committed.keyId);
    }
  });

  it('names custom files', async () => {
    const pair = await generateKeyPair();
    expect(() => assertPinnedKeyId(pair, '0000000000000000', { pubPath: 'keys/a.pub', configPath: 'cfg.yaml' })).toThrow(
      `keys/a.pub has key id ${pair.keyId} but cfg.yaml pins 0000000000000000`,
    );
  });
});
