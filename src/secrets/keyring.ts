// Private keyring format (`secwire-keyring/v1` JSON, newest key last): parse, serialise, load from file or SECWIRE_PRIVATE_KEY.
import { fromBase64, toBase64 } from './base64.js';
import { readKeyFile } from './read-key-file.js';
import { KeyFileError } from './errors.js';
import { PRIVATE_KEY_BYTES, PUBLIC_KEY_BYTES, computeKeyId, isKeyId } from './key-id.js';
import type { KeyPair } from './key-pair.js';
import { loadSodium } from './sodium.js';

export const KEYRING_FORMAT = 'secwire-keyring/v1';
export const DEFAULT_KEYRING_PATH = '.secwire/secwire.key';
export const PRIVATE_KEY_ENV = 'SECWIRE_PRIVATE_KEY';

export type KeyringSource = 'file' | 'env' | 'memory';

export interface Keyring {
  /** Oldest first, newest last. */
  readonly keys: readonly KeyPair[];
  readonly source: KeyringSource;
  /** File path, the env variable name, or null for an in-memory keyring. */
  readonly origin: string | null;
}

interface KeyringEntryJson {
  key_id: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

interface KeyringJson {
  format: typeof KEYRING_FORMAT;
  keys: KeyringEntryJson[];
}

const KEYRING_HINT =
  'restore the keyring from your backup or CI secret; if the private key is lost, run `secwire keygen --force` and seal every value again';

/** Renders a keyring as the JSON stored in the key file (and in SECWIRE_PRIVATE_KEY). */
export function serializeKeyring(keys: readonly KeyPair[]): string {
  const json: KeyringJson = {
    format: KEYRING_FORMAT,
    keys: keys.map((key) => ({
      key_id: key.keyId,
      public_key: toBase64(key.publicKey),
      private_key: toBase64(key.privateKey),
      created_at: key.createdAt,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Builds an in-memory keyring from key pairs (e.g. right after keygen). */
export function keyringFromKeys(keys: readonly KeyPair[]): Keyring {
  return { keys, source: 'memory', origin: null };
}

/**
 * Parses keyring JSON and checks every entry (key id matches the public key, private key derives the public key).
 * `source` names the file or variable in errors; errors never echo the content.
 */
export async function parseKeyring(text: string, source: string, kind: KeyringSource = 'file'): Promise<Keyring> {
  const fail = (what: string): never => {
    throw new KeyFileError('KEYRING_INVALID', kind === 'file' ? source : null, `${source} is not a valid secwire keyring: ${what}`, KEYRING_HINT);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's own message can quote the input, which holds private keys: never pass it on.
    return fail('it is not valid JSON');
  }
  if (!isRecord(data)) return fail('expected a JSON object');
  if (data.format !== KEYRING_FORMAT) {
    return fail(`"format" must be "${KEYRING_FORMAT}"`);
  }
  if (!Array.isArray(data.keys) || data.keys.length === 0) return fail('"keys" must be a non-empty array');
  const sodium = await loadSodium();
  const keys: KeyPair[] = [];
  const seen = new Set<string>();
  data.keys.forEach((entry: unknown, index: number) => {
    const where = `keys[${index}]`;
    if (!isRecord(entry)) return fail(`${where} must be an object`);
    const { key_id: keyId, public_key: pub, private_key: priv, created_at: createdAt } = entry;
    if (typeof keyId !== 'string' || !isKeyId(keyId)) return fail(`${where}.key_id must be 16 lowercase hex characters`);
    if (typeof pub !== 'string') return fail(`${where}.public_key must be a string`);
    if (typeof priv !== 'string') return fail(`${where}.private_key must be a string`);
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where}.created_at must be an ISO 8601 timestamp`);
    }
    const publicKey = fromBase64(pub);
    if (publicKey === null || publicKey.length !== PUBLIC_KEY_BYTES) {
      return fail(`${where}.public_key must be ${PUBLIC_KEY_BYTES} bytes in standard base64`);
    }
    const privateKey = fromBase64(priv);
    if (privateKey === null || privateKey.length !== PRIVATE_KEY_BYTES) {
      return fail(`${where}.private_key must be ${PRIVATE_KEY_BYTES} bytes in standard base64`);
    }
    if (computeKeyId(publicKey) !== keyId) return fail(`${where}.key_id ${keyId} does not match its public key`);
    const derived = sodium.crypto_scalarmult_base(privateKey);
    const matches = sodium.memcmp(derived, publicKey);
    sodium.memzero(derived);
    if (!matches) return fail(`${where} (key id ${keyId}): the private key does not belong to the public key`);
    if (seen.has(keyId)) return fail(`key id ${keyId} appears twice`);
    seen.add(keyId);
    keys.push({ keyId, publicKey, privateKey, createdAt });
  });
  return { keys, source: kind, origin: source };
}

export interface LoadKeyringOptions {
  /** Keyring file, default `.secwire/secwire.key`. */
  readonly path?: string;
  /** Value of SECWIRE_PRIVATE_KEY (keyring JSON or base64 of it); wins over the file when non-empty. Default: process.env. */
  readonly env?: string | undefined;
}

/** Loads the private keyring from SECWIRE_PRIVATE_KEY when set, else from the key file. */
export async function loadKeyring(options: LoadKeyringOptions = {}): Promise<Keyring> {
  const path = options.path ?? DEFAULT_KEYRING_PATH;
  const env = 'env' in options ? options.env : process.env[PRIVATE_KEY_ENV];
  if (env !== undefined && env.trim() !== '') {
    return parseKeyring(decodeEnvKeyring(env), PRIVATE_KEY_ENV, 'env');
  }
  const text = await readKeyFile(path, () =>
    new KeyFileError(
      'KEYRING_NOT_FOUND',
      path,
      `no private key: ${PRIVATE_KEY_ENV} is not set and ${path} does not exist`,
      `set ${PRIVATE_KEY_ENV} to the keyring (its JSON, or base64 of it), or run \`secwire keygen\` to create ${path}`,
    ),
  );
  return parseKeyring(text, path, 'file');
}

/** Finds the key with this id, or undefined. */
export function findKey(keyring: Keyring, keyId: string): KeyPair | undefined {
  return keyring.keys.find((key) => key.keyId === keyId);
}

/** The newest key (last entry), used for new seals. */
export function newestKey(keyring: Keyring): KeyPair {
  const key = keyring.keys[keyring.keys.length - 1];
  if (key === undefined) throw new RangeError('empty keyring');
  return key;
}

/** Zeroes every private key held by the keyring (call when done with it). */
export async function wipeKeyring(keyring: Keyring): Promise<void> {
  const sodium = await loadSodium();
  for (const key of keyring.keys) sodium.memzero(key.privateKey);
}

function decodeEnvKeyring(env: string): string {
  const trimmed = env.trim();
  if (trimmed.startsWith('{')) return trimmed;
  const bytes = fromBase64(trimmed.replace(/\s+/g, ''));
  if (bytes === null) {
    throw new KeyFileError(
      'KEYRING_INVALID',
      null,
      `${PRIVATE_KEY_ENV} is neither keyring JSON nor standard base64 of it`,
      `set ${PRIVATE_KEY_ENV} to the content of .secwire/secwire.key, or to its base64 (\`base64 -w0 .secwire/secwire.key\`)`,
    );
  }
  return Buffer.from(bytes).toString('utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
