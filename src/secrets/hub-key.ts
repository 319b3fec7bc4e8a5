// Loads the hub's own 32-byte key (SECWIRE_HUB_KEY or .secwire/hub.key, base64), creating the file (0600) when missing.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { fromBase64, toBase64 } from './base64.js';
import { KeyFileError } from './errors.js';
import { HUB_KEY_BYTES } from './hub-subkey.js';
import { loadSodium } from './sodium.js';

export const DEFAULT_HUB_KEY_PATH = '.secwire/hub.key';
export const HUB_KEY_ENV = 'SECWIRE_HUB_KEY';

export type HubKeySource = 'env' | 'file' | 'created';

export interface HubKey {
  /** 32 raw bytes; zero with sodium.memzero when the process no longer needs it. */
  readonly key: Uint8Array;
  readonly source: HubKeySource;
  /** The key file, or null when the key came from the environment. */
  readonly path: string | null;
}

export interface LoadHubKeyOptions {
  readonly path?: string;
  /** Value of SECWIRE_HUB_KEY (base64); when non-empty it is used and no file is read or created. Default: process.env. */
  readonly env?: string | undefined;
}

/** Returns the hub key from the env value, else the key file, creating a random key file when none exists. */
export async function loadOrCreateHubKey(options: LoadHubKeyOptions = {}): Promise<HubKey> {
  const path = options.path ?? DEFAULT_HUB_KEY_PATH;
  const env = 'env' in options ? options.env : process.env[HUB_KEY_ENV];
  if (env !== undefined && env.trim() !== '') {
    return { key: decodeHubKey(env, HUB_KEY_ENV, null), source: 'env', path: null };
  }
  const existing = await readHubKeyFile(path);
  if (existing !== null) return { key: existing, source: 'file', path };
  const sodium = await loadSodium();
  const key = sodium.randombytes_buf(HUB_KEY_BYTES);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await writeFileAtomic(path, `${toBase64(key)}\n`, { mode: 0o600, overwrite: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process created it first: use theirs.
    sodium.memzero(key);
    const raced = await readHubKeyFile(path);
    if (raced !== null) return { key: raced, source: 'file', path };
    throw error;
  }
  return { key, source: 'created', path };
}

async function readHubKeyFile(path: string): Promise<Uint8Array | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return decodeHubKey(text, path, path);
}

function decodeHubKey(text: string, source: string, path: string | null): Uint8Array {
  const key = fromBase64(text.trim());
  if (key === null || key.length !== HUB_KEY_BYTES) {
    throw new KeyFileError(
      'HUB_KEY_INVALID',
      path,
      `${source} is not a valid hub key: expected ${HUB_KEY_BYTES} bytes in standard base64`,
      'restore the hub key from your backup; without it the credentials stored by the hub cannot be decrypted',
    );
  }
  return key;
}
