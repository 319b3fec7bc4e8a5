// Tests for keygen and rotation file writing (0600, atomic, overwrite refused without force).
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { KeyExistsError, KeyFileError } from './errors.js';
import { rotateKeyring, writeKeyFiles } from './key-files.js';
import { loadKeyring } from './keyring.js';
import { readPublicKey } from './public-key-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secwire-keyfiles-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe('writeKeyFiles', () => {
  it('writes secwire.pub and .secwire/secwire.key (0600, dir 0700) that belong together', async () => {
    const result = await writeKeyFiles({ dir });
    expect(result.pubPath).toBe(join(dir, 'secwire.pub'));
    expect(result.keyPath).toBe(join(dir, '.secwire', 'secwire.key'));
    expect(await mode(result.keyPath)).toBe(0o600);
    expect(await mode(join(dir, '.secwire'))).toBe(0o700);
    expect(await mode(result.pubPath)).toBe(0o644);
    const pub = await readPublicKey(result.pubPath);
    const ring = await loadKeyring({ path: result.keyPath, env: undefined });
    expect(pub.keyId).toBe(result.key.keyId);
    expect(ring.keys.map((k) => k.keyId)).toEqual([pub.keyId]);
    expect(result.gitignore).toBe('not-a-git-repo');
  });

  it('keeps 0600 whatever the umask and leaves no temp files behind', async () => {
    const previous = process.umask(0o000);
    try {
      const result = await writeKeyFiles({ dir });
      expect(await mode(result.keyPath)).toBe(0o600);
    } finally {
      process.umask(previous);
    }
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(join(dir, '.secwire'))).toEqual(['secwire.key']);
  });

  it('adds .secwire/ to .gitignore in a git repository', async () => {
    await mkdir(join(dir, '.git'));
    const result = await writeKeyFiles({ dir });
    expect(result.gitignore).toBe('added');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('.secwire/\n');
  });

  it('refuses to overwrite an existing key without force, naming the file and --force', async () => {
    const first = await writeKeyFiles({ dir });
    const keyBefore = await readFile(first.keyPath, 'utf8');
    const pubBefore = await readFile(first.pubPath, 'utf8');
    const error = await writeKeyFiles({ dir }).then(
      () => expect.unreachable(),
      (e: unknown) => e as KeyExistsError,
    );
    expect(error).toBeInstanceOf(KeyExistsError);
    expect(error.code).toBe('KEY_EXISTS');
    expect(error.path).toBe(first.keyPath);
    expect(error.message).toContain(`${first.keyPath} already exists; refusing to overwrite an existing key`);
    expect(error.hint).toContain('--force');
    expect(await readFile(first.keyPath, 'utf8')).toBe(keyBefore);
    expect(await readFile(first.pubPath, 'utf8')).toBe(pubBefore);
  });

  it('refuses when only the public key file exists', async () => {
    await writeFile(join(dir, 'secwire.pub'), 'anything\n');
    await expect(writeKeyFiles({ dir })).rejects.toThrow(`${join(dir, 'secwire.pub')} already exists`);
  });

  it('replaces both files with force', async () => {
    const first = await writeKeyFiles({ dir });
    const second = await writeKeyFiles({ dir, force: true });
    expect(second.key.keyId).not.toBe(first.key.keyId);
    expect((await readPublicKey(second.pubPath)).keyId).toBe(second.key.keyId);
    const ring = await loadKeyring({ path: second.keyPath, env: undefined });
    expect(ring.keys.map((k) => k.keyId)).toEqual([second.key.keyId]);
    expect(await mode(second.keyPath)).toBe(0o600);
  });

  it('honours custom paths', async () => {
    const result = await writeKeyFiles({ dir, pubPath: 'keys/team.pub', keyPath: 'private/team.key' });
    expect(result.pubPath).toBe(join(dir, 'keys', 'team.pub'));
    expect((await readPublicKey(result.pubPath)).keyId).toBe(result.key.keyId);
    expect(await mode(join(dir, 'private', 'team.key'))).toBe(0o600);
  });
});

describe('rotateKeyring', () => {
  it('appends a new key, keeps the old private keys, and writes the new public key', async () => {
    const first = await writeKeyFiles({ dir });
    const rotated = await rotateKeyring({ dir });
    expect(rotated.keys.map((k) => k.keyId)).toEqual([first.key.keyId, rotated.key.keyId]);
    const ring = await loadKeyring({ path: rotated.keyPath, env: undefined });
    expect(ring.keys.map((k) => k.keyId)).toEqual([first.key.keyId, rotated.key.keyId]);
    expect(ring.keys[0]?.privateKey).toEqual(first.key.privateKey);
    expect((await readPublicKey(rotated.pubPath)).keyId).toBe(rotated.key.keyId);
    expect(await mode(rotated.keyPath)).toBe(0o600);
  });

  it('needs an existing keyring file', async () => {
    const error = await rotateKeyring({ dir }).then(
      () => expect.unreachable(),
      (e: unknown) => e as KeyFileError,
    );
    expect(error).toBeInstanceOf(KeyFileError);
    expect(error.code).toBe('KEYRING_NOT_FOUND');
    expect(error.message).toBe(`cannot rotate: keyring ${join(dir, '.secwire', 'secwire.key')} does not exist`);
  });
});
