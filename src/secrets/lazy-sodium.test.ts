// Tests that keyless modules and the index never import libsodium-wrappers; the first crypto call loads it once.
import { describe, it, expect, vi } from 'vitest';

// Records whether anything in this test file's module graph imports libsodium-wrappers.
const probe = vi.hoisted(() => ({ imported: 0 }));
vi.mock('libsodium-wrappers', async (importOriginal) => {
  probe.imported += 1;
  return importOriginal();
});

describe('libsodium is loaded only by code that needs crypto', () => {
  it('importing the keyless modules and the index does not load libsodium', async () => {
    const header = await import('./sealed-header.js');
    const scope = await import('./sealed-scope.js');
    const digest = await import('./sealed-digest.js');
    const keyId = await import('./key-id.js');
    const pub = await import('./public-key-file.js');
    const pinning = await import('./key-pinning.js');
    const index = await import('./index.js');
    const sodium = await import('./sodium.js');
    expect(probe.imported).toBe(0);
    expect(sodium.isSodiumLoaded()).toBe(false);

    // Keyless work: read a header, check scope, digest, key id and public key file parsing.
    const headerJson = '{"v":1,"kid":"0123456789abcdef","integration":"a","field":"b","origin":"null"}';
    const sealed = `sw1:${Buffer.from(headerJson).toString('base64')}:${Buffer.alloc(80).toString('base64')}:${Buffer.alloc(40).toString('base64')}`;
    const parsed = header.readSealedHeader(sealed);
    expect(scope.checkSealedScope(parsed, { integration: 'a', field: 'b', origin: null })).toEqual([]);
    expect(digest.sealedDigest(sealed)).toHaveLength(64);
    const publicKey = new Uint8Array(32).fill(3);
    const info = pub.parsePublicKeyFile(pub.formatPublicKeyFile(publicKey));
    expect(info.keyId).toBe(keyId.computeKeyId(publicKey));
    pinning.assertPinnedKeyId(info, info.keyId);
    expect(index.readSealedHeader(sealed)).toEqual(parsed);
    expect(probe.imported).toBe(0);
    expect(sodium.isSodiumLoaded()).toBe(false);

    // The first crypto call loads it, once.
    const [a, b] = await Promise.all([sodium.loadSodium(), sodium.loadSodium()]);
    expect(a).toBe(b);
    expect(probe.imported).toBe(1);
    expect(sodium.isSodiumLoaded()).toBe(true);
    expect(typeof a.crypto_box_seal).toBe('function');
    await index.generateKeyPair();
    expect(probe.imported).toBe(1);
  });
});
