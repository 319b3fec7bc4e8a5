// Writes key files for keygen and rotation: public key file (committed) and private keyring (mode 0600, atomic).
import { mkdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { KeyExistsError, KeyFileError } from './errors.js';
import { readKeyFile } from './read-key-file.js';
import { ensureGitignored, type GitignoreResult } from './gitignore.js';
import { generateKeyPair, type KeyPair } from './key-pair.js';
import { DEFAULT_KEYRING_PATH, parseKeyring, serializeKeyring } from './keyring.js';
import { DEFAULT_PUBLIC_KEY_PATH, formatPublicKeyFile } from './public-key-file.js';

export const PRIVATE_KEY_FILE_MODE = 0o600;
export const PRIVATE_KEY_DIR_MODE = 0o700;
export const PUBLIC_KEY_FILE_MODE = 0o644;

export interface KeyFilesOptions {
  /** Project root; relative paths resolve against it. Default: process.cwd(). */
  readonly dir?: string;
  /** Public key file, default `secwire.pub`. */
  readonly pubPath?: string;
  /** Private keyring file, default `.secwire/secwire.key`. */
  readonly keyPath?: string;
}

export interface WriteKeyFilesOptions extends KeyFilesOptions {
  /** Replace existing key files (the old private keys are lost). */
  readonly force?: boolean;
  /** Add the keyring's top directory to .gitignore when dir is a git repo. Default: true. */
  readonly gitignore?: boolean;
}

export interface KeyFilesResult {
  /** The new key (the private key is also in the written keyring). */
  readonly key: KeyPair;
  /** All keys now in the keyring, oldest first. */
  readonly keys: readonly KeyPair[];
  readonly pubPath: string;
  readonly keyPath: string;
  readonly gitignore: GitignoreResult | 'skipped';
}

/** keygen: makes a key pair and writes both files; refuses to overwrite existing key files unless force. */
export async function writeKeyFiles(options: WriteKeyFilesOptions = {}): Promise<KeyFilesResult> {
  const { root, pubPath, keyPath } = resolvePaths(options);
  if (options.force !== true) {
    for (const path of [keyPath, pubPath]) {
      if (await exists(path)) throw existsError(path);
    }
  }
  const key = await generateKeyPair();
  const keys = [key];
  await writeKeyring(keyPath, keys, options.force === true);
  await writePublicKeyFile(pubPath, key.publicKey);
  const gitignore = options.gitignore === false ? 'skipped' : await gitignoreKeyDir(root, keyPath);
  return { key, keys, pubPath, keyPath, gitignore };
}

/** Rotation: appends a new key to the existing keyring file (old private keys kept) and writes the new public key file. */
export async function rotateKeyring(options: KeyFilesOptions = {}): Promise<KeyFilesResult> {
  const { root, pubPath, keyPath } = resolvePaths(options);
  const text = await readKeyFile(keyPath, () =>
    new KeyFileError(
      'KEYRING_NOT_FOUND',
      keyPath,
      `cannot rotate: keyring ${keyPath} does not exist`,
      'rotation needs the current keyring file so old sealed values stay readable; run `secwire keygen` for a first key',
    ),
  );
  const existing = await parseKeyring(text, keyPath, 'file');
  const key = await generateKeyPair();
  const keys = [...existing.keys, key];
  await writeKeyring(keyPath, keys, true);
  await writePublicKeyFile(pubPath, key.publicKey);
  const gitignore = await gitignoreKeyDir(root, keyPath);
  return { key, keys, pubPath, keyPath, gitignore };
}

async function writeKeyring(keyPath: string, keys: readonly KeyPair[], overwrite: boolean): Promise<void> {
  await mkdir(dirname(keyPath), { recursive: true, mode: PRIVATE_KEY_DIR_MODE });
  try {
    await writeFileAtomic(keyPath, serializeKeyring(keys), { mode: PRIVATE_KEY_FILE_MODE, overwrite });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(keyPath);
    throw error;
  }
}

async function writePublicKeyFile(pubPath: string, publicKey: Uint8Array): Promise<void> {
  await mkdir(dirname(pubPath), { recursive: true });
  await writeFileAtomic(pubPath, formatPublicKeyFile(publicKey), { mode: PUBLIC_KEY_FILE_MODE, overwrite: true });
}

async function gitignoreKeyDir(root: string, keyPath: string): Promise<GitignoreResult | 'skipped'> {
  const rel = relative(root, keyPath);
  const parts = rel.split(sep);
  // A key in a dot-directory of the root (.secwire/) gets that directory ignored; elsewhere only the key file itself,
  // so a key configured inside a tracked folder never hides the rest of that folder from git.
  if (rel.startsWith('..') || isAbsolute(rel)) return 'skipped';
  if (parts.length >= 2 && parts[0]!.startsWith('.')) return ensureGitignored(root, `${parts[0]}/`);
  return ensureGitignored(root, parts.join('/'));
}

function resolvePaths(options: KeyFilesOptions): { root: string; pubPath: string; keyPath: string } {
  const root = resolve(options.dir ?? process.cwd());
  return {
    root,
    pubPath: resolve(root, options.pubPath ?? DEFAULT_PUBLIC_KEY_PATH),
    keyPath: resolve(root, options.keyPath ?? DEFAULT_KEYRING_PATH),
  };
}

function existsError(path: string): KeyExistsError {
  return new KeyExistsError(
    path,
    `${path} already exists; refusing to overwrite an existing key (values sealed to it would become unreadable)`,
    'pass --force to replace the key pair, or rotate (`secwire keygen --rotate`) to add a new key and keep the old ones',
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
