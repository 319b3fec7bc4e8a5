// Tests for the private keyring format and loading from file or SECWIRE_PRIVATE_KEY.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { KeyFileError } from './errors.js';
import { generateKeyPair } from './key-pair.js';
import { findKey, keyringFromKeys, loadKeyring, newestKey, parseKeyring, serializeKeyring, wipeKeyring } from './keyring.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secwire-keyring-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectKeyringError(promise: Promise<unknown>, message: string | RegExp): Promise<KeyFileError> {
  const error = await promise.then(
    () => expect.unreachable(),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyFileError);
  expect((error as Error).message).toMatch(message);
  return error as KeyFileError;
}

describe('keyring', () => {
  it('serialises to secwire-keyring/v1 JSON with snake_case entries, newest last', async () => {
    const a = await generateKeyPair(new Date('2024-01-01T00:00:00Z'));
    const b = await generateKeyPair(new Date('2025-01-01T00:00:00Z'));
    const json = JSON.parse(serializeKeyring([a, b]));
    expect(json.format).toBe('secwire-keyring/v1');
    expect(Object.keys(json.keys[0])).toEqual(['key_id', 'public_key', 'private_key', 'created_at']);
    expect(json.keys[1].key_id).toBe(b.keyId);
    expect(json.keys[0].created_at).toBe('2024-01-01T00:00:00.000Z');
    const ring = await parseKeyring(serializeKeyring([a, b]), 'k', 'file');
    expect(ring.keys.map((k) => k.keyId)).toEqual([a.keyId, b.keyId]);
    expect(findKey(ring, a.keyId)?.privateKey).toEqual(a.privateKey);
    expect(newestKey(ring).keyId).toBe(b.keyId);
  });

  it('loads from SECWIRE_PRIVATE_KEY as JSON or as base64 of the JSON, before the file', async () => {
    const pair = await generateKeyPair();
    const json = serializeKeyring([pair]);
    const fromJson = await loadKeyring({ path: join(dir, 'absent.key'), env: json });
    expect(fromJson.source).toBe('env');
    expect(fromJson.origin).toBe('SECWIRE_PRIVATE_KEY');
    expect(fromJson.keys[0]?.keyId).toBe(pair.keyId);
    const b64 = Buffer.from(json).toString('base64');
    const wrapped = b64.replace(/(.{76})/g, '$1\n');
    expect((await loadKeyring({ path: join(dir, 'absent.key'), env: wrapped })).keys[0]?.keyId).toBe(pair.keyId);
  });

  it('loads from the file when the env value is empty or absent', async () => {
    const pair = await generateKeyPair();
    const path = join(dir, 'secwire.key');
    await writeFile(path, serializeKeyring([pair]));
    const ring = await loadKeyring({ path, env: '' });
    expect(ring.source).toBe('file');
    expect(ring.origin).toBe(path);
    expect((await loadKeyring({ path, env: undefined })).keys).toHaveLength(1);
  });

  it('says what to do when there is no key at all', async () => {
    const path = join(dir, 'secwire.key');
    const error = await expectKeyringError(
      loadKeyring({ path, env: undefined }),
      `no private key: SECWIRE_PRIVATE_KEY is not set and ${path} does not exist`,
    );
    expect(error.code).toBe('KEYRING_NOT_FOUND');
    expect(error.hint).toMatch(/secwire keygen/);
  });

  it('never echoes the content of an invalid keyring', async () => {
    const pair = await generateKeyPair();
    const privateB64 = Buffer.from(pair.privateKey).toString('base64');
    const broken = serializeKeyring([pair]).replace('"format"', 'format');
    const error = await expectKeyringError(parseKeyring(broken, 'secwire.key'), 'secwire.key is not a valid secwire keyring: it is not valid JSON');
    expect(`${error.message} ${error.hint}`).not.toContain(privateB64);
    await expectKeyringError(
      loadKeyring({ env: 'not base64 and not json!' }),
      'SECWIRE_PRIVATE_KEY is neither keyring JSON nor standard base64 of it',
    );
  });

  it('refuses a private key that does not belong to its public key, wrong ids, duplicates and bad formats', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const swapped = JSON.parse(serializeKeyring([a]));
    swapped.keys[0].private_key = Buffer.from(b.privateKey).toString('base64');
    await expectKeyringError(parseKeyring(JSON.stringify(swapped), 'k'), `keys[0] (key id ${a.keyId}): the private key does not belong to the public key`);
    const wrongId = JSON.parse(serializeKeyring([a]));
    wrongId.keys[0].key_id = b.keyId;
    await expectKeyringError(parseKeyring(JSON.stringify(wrongId), 'k'), `keys[0].key_id ${b.keyId} does not match its public key`);
    await expectKeyringError(parseKeyring(serializeKeyring([a, a]), 'k'), `key id ${a.keyId} appears twice`);
    await expectKeyringError(parseKeyring('{"format":"secwire-keyring/v2","keys":[]}', 'k'), '"format" must be "secwire-keyring/v1"');
    await expectKeyringError(parseKeyring('{"format":"secwire-keyring/v1","keys":[]}', 'k'), '"keys" must be a non-empty array');
    await expectKeyringError(parseKeyring('[]', 'k'), 'expected a JSON object');
  });

  it('wipes private keys', async () => {
    const pair = await generateKeyPair();
    const ring = keyringFromKeys([pair]);
    await wipeKeyring(ring);
    expect(pair.privateKey.every((b) => b === 0)).toBe(true);
  });
});
