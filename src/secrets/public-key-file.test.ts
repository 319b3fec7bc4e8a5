// Tests for the public key file format and its parser errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { KeyFileError } from './errors.js';
import { generateKeyPair } from './key-pair.js';
import { formatPublicKeyFile, parsePublicKeyFile, readPublicKey } from './public-key-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secwire-pub-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('public key file', () => {
  it('formats one line `secwire-x25519 <keyid> <base64>` and parses it back', async () => {
    const pair = await generateKeyPair();
    const text = formatPublicKeyFile(pair.publicKey);
    expect(text).toMatch(/^secwire-x25519 [0-9a-f]{16} [A-Za-z0-9+/]{43}=\n$/);
    const info = parsePublicKeyFile(text, 'secwire.pub');
    expect(info.keyId).toBe(pair.keyId);
    expect(info.publicKey).toEqual(pair.publicKey);
    expect(info.publicKeyBase64).toBe(Buffer.from(pair.publicKey).toString('base64'));
  });

  it('accepts CRLF and surrounding blank lines', async () => {
    const pair = await generateKeyPair();
    const text = `\r\n${formatPublicKeyFile(pair.publicKey).trim()}\r\n\r\n`;
    expect(parsePublicKeyFile(text).keyId).toBe(pair.keyId);
  });

  it.each([
    ['', /secwire\.pub is not a valid secwire public key file: the file is empty/],
    ['ssh-ed25519 AAAA', /must start with `secwire-x25519`/],
    ['secwire-x25519 0123456789abcdef', /expected 3 space-separated fields, found 2/],
    ['secwire-x25519 XYZ AAAA', /key id `XYZ` is not 16 lowercase hex/],
    ['secwire-x25519 0123456789abcdef AAAA!', /not standard base64/],
    ['secwire-x25519 0123456789abcdef AAAA', /decodes to 3 bytes, expected 32/],
    ['a\nb', /expected one line, found 2/],
  ])('refuses %j with a clear error naming the file', (text, message) => {
    try {
      parsePublicKeyFile(text, 'secwire.pub');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeyFileError);
      expect((error as KeyFileError).code).toBe('PUBLIC_KEY_INVALID');
      expect((error as KeyFileError).path).toBe('secwire.pub');
      expect((error as Error).message).toMatch(message);
    }
  });

  it('refuses a file whose key id does not match its key', async () => {
    const pair = await generateKeyPair();
    const text = formatPublicKeyFile(pair.publicKey).replace(pair.keyId, '0000000000000000');
    expect(() => parsePublicKeyFile(text, 'x.pub')).toThrow(`x.pub is not a valid secwire public key file: the file says key id 0000000000000000 but the key's id is ${pair.keyId}`);
  });

  it('reads a file and names a missing one', async () => {
    const pair = await generateKeyPair();
    const path = join(dir, 'secwire.pub');
    await writeFile(path, formatPublicKeyFile(pair.publicKey));
    expect((await readPublicKey(path)).keyId).toBe(pair.keyId);
    const missing = join(dir, 'nope.pub');
    await expect(readPublicKey(missing)).rejects.toMatchObject({
      name: 'KeyFileError',
      code: 'PUBLIC_KEY_NOT_FOUND',
      message: `public key file ${missing} not found`,
    });
  });
});
