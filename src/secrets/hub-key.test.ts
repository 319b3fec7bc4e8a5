// Tests for loading or creating the hub key (env, file mode 0600, concurrent creation, invalid keys).
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { KeyFileError } from './errors.js';
import { loadOrCreateHubKey } from './hub-key.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secwire-hubkey-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadOrCreateHubKey', () => {
  it('creates a random 32-byte key file (base64, 0600) when missing, then reads it back', async () => {
    const path = join(dir, '.secwire', 'hub.key');
    const created = await loadOrCreateHubKey({ path, env: undefined });
    expect(created.source).toBe('created');
    expect(created.path).toBe(path);
    expect(created.key).toHaveLength(32);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const content = await readFile(path, 'utf8');
    expect(content).toBe(`${Buffer.from(created.key).toString('base64')}\n`);
    const loaded = await loadOrCreateHubKey({ path, env: undefined });
    expect(loaded.source).toBe('file');
    expect(loaded.key).toEqual(created.key);
  });

  it('uses SECWIRE_HUB_KEY when given and creates no file', async () => {
    const key = Buffer.alloc(32, 5);
    const path = join(dir, 'hub.key');
    const loaded = await loadOrCreateHubKey({ path, env: key.toString('base64') });
    expect(loaded).toEqual({ key: new Uint8Array(key), source: 'env', path: null });
    await expect(stat(path)).rejects.toThrow();
  });

  it('concurrent first runs agree on one key', async () => {
    const path = join(dir, 'hub.key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateHubKey({ path, env: undefined })));
    const onDisk = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
    for (const k of keys) expect(Buffer.from(k.key).equals(onDisk)).toBe(true);
  });

  it('refuses an invalid key without echoing it', async () => {
    const path = join(dir, 'hub.key');
    await writeFile(path, 'c2hvcnQ=\n');
    const error = await loadOrCreateHubKey({ path, env: undefined }).then(
      () => expect.unreachable(),
      (e: unknown) => e as KeyFileError,
    );
    expect(error).toBeInstanceOf(KeyFileError);
    expect(error.code).toBe('HUB_KEY_INVALID');
    expect(error.message).toBe(`${path} is not a valid hub key: expected 32 bytes in standard base64`);
    await expect(loadOrCreateHubKey({ path, env: 'not-a-key' })).rejects.toThrow(
      'SECWIRE_HUB_KEY is not a valid hub key: expected 32 bytes in standard base64',
    );
  });
});
