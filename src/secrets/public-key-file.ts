// Reads and writes the committed public key file: one line `secwire-x25519 <keyid> <base64 public key>`.
import { fromBase64, toBase64 } from './base64.js';
import { readKeyFile } from './read-key-file.js';
import { KeyFileError } from './errors.js';
import { PUBLIC_KEY_BYTES, computeKeyId, isKeyId } from './key-id.js';

export const DEFAULT_PUBLIC_KEY_PATH = 'secwire.pub';
export const PUBLIC_KEY_FILE_TAG = 'secwire-x25519';

export interface PublicKeyInfo {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  /** Standard padded base64 of the public key. */
  readonly publicKeyBase64: string;
}

/** Renders the public key file content (one line, trailing newline). */
export function formatPublicKeyFile(publicKey: Uint8Array): string {
  return `${PUBLIC_KEY_FILE_TAG} ${computeKeyId(publicKey)} ${toBase64(publicKey)}\n`;
}

/** Parses public key file content; `source` names the file in error messages. */
export function parsePublicKeyFile(text: string, source: string = DEFAULT_PUBLIC_KEY_PATH): PublicKeyInfo {
  const fail = (what: string, hint?: string): never => {
    throw new KeyFileError(
      'PUBLIC_KEY_INVALID',
      source,
      `${source} is not a valid secwire public key file: ${what}`,
      hint ?? `the file must hold one line \`${PUBLIC_KEY_FILE_TAG} <key id> <base64 public key>\`; restore it from git or run \`secwire keygen\``,
    );
  };
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return fail('the file is empty');
  if (lines.length > 1) return fail(`expected one line, found ${lines.length}`);
  const parts = (lines[0] ?? '').trim().split(/\s+/);
  if (parts[0] !== PUBLIC_KEY_FILE_TAG) {
    return fail(`the line must start with \`${PUBLIC_KEY_FILE_TAG}\``);
  }
  if (parts.length !== 3) return fail(`expected 3 space-separated fields, found ${parts.length}`);
  const keyId = parts[1] ?? '';
  const encoded = parts[2] ?? '';
  if (!isKeyId(keyId)) return fail(`key id \`${keyId}\` is not 16 lowercase hex characters`);
  const publicKey = fromBase64(encoded);
  if (publicKey === null) return fail('the public key is not standard base64 with padding');
  if (publicKey.length !== PUBLIC_KEY_BYTES) {
    return fail(`the public key decodes to ${publicKey.length} bytes, expected ${PUBLIC_KEY_BYTES}`);
  }
  const actual = computeKeyId(publicKey);
  if (actual !== keyId) {
    return fail(
      `the file says key id ${keyId} but the key's id is ${actual}`,
      'the file was edited by hand or damaged; restore it from a trusted commit or run `secwire keygen`',
    );
  }
  return { keyId, publicKey, publicKeyBase64: encoded };
}

/** Reads and parses a public key file (default `secwire.pub`). */
export async function readPublicKey(path: string = DEFAULT_PUBLIC_KEY_PATH): Promise<PublicKeyInfo> {
  const text = await readKeyFile(path, () =>
    new KeyFileError(
      'PUBLIC_KEY_NOT_FOUND',
      path,
      `public key file ${path} not found`,
      'run `secwire keygen` to create a key pair, or pass the path of the committed public key',
    ),
  );
  return parsePublicKeyFile(text, path);
}
