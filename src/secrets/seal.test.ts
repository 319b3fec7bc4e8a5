// Tests for sealing and unsealing: round trips, every refusal in order, no trial decryption, rotation.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { ScopeError, SealedFormatError, SecretsError, TamperedError, UnknownKeyError } from './errors.js';
import { rotateKeyring, writeKeyFiles } from './key-files.js';
import { generateKeyPair, type KeyPair } from './key-pair.js';
import { keyringFromKeys, loadKeyring, type Keyring } from './keyring.js';
import { readPublicKey } from './public-key-file.js';
import { sealValue } from './seal.js';
import { readSealedHeader } from './sealed-header.js';
import { loadSodium } from './sodium.js';
import { unsealValue } from './unseal.js';

const SECRET = 'atl-tok-7f3c9a0e1b2d';
const scope = { integration: 'jira-prod', field: 'auth.api_token', origin: 'https://acme.atlassian.net' } as const;

let pair: KeyPair;
let keyring: Keyring;
let sealed: string;

beforeEach(async () => {
  pair = await generateKeyPair();
  keyring = keyringFromKeys([pair]);
  sealed = await sealValue({ plaintext: SECRET, publicKey: pair.publicKey, keyId: pair.keyId, ...scope });
});

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

async function refusal<T extends SecretsError>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => expect.unreachable(),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).not.toContain(SECRET);
  expect(String((error as SecretsError).hint)).not.toContain(SECRET);
  return error as T;
}

describe('sealValue / unsealValue', () => {
  it('round-trips text and bytes, and each seal is different', async () => {
    expect(text(await unsealValue(sealed, { keyring, ...scope }))).toBe(SECRET);
    const again = await sealValue({ plaintext: SECRET, publicKey: pair.publicKey, ...scope });
    expect(again).not.toBe(sealed);
    const bytes = new Uint8Array([0, 255, 1, 254]);
    const sealedBytes = await sealValue({ plaintext: bytes, publicKey: pair.publicKey, ...scope });
    expect(await unsealValue(sealedBytes, { keyring, ...scope })).toEqual(bytes);
    expect(bytes).toEqual(new Uint8Array([0, 255, 1, 254]));
    const unicode = 'pässwörd-🔑';
    const sealedUnicode = await sealValue({ plaintext: unicode, publicKey: pair.publicKey, ...scope });
    expect(text(await unsealValue(sealedUnicode, { keyring, ...scope }))).toBe(unicode);
  });

  it('accepts the integration URL in any spelling of the same origin', async () => {
    const plain = await unsealValue(sealed, { keyring, ...scope, origin: 'https://ACME.atlassian.net:443/rest/api/3' });
    expect(text(plain)).toBe(SECRET);
  });

  it('supports types without a destination (origin null)', async () => {
    const value = await sealValue({ plaintext: SECRET, publicKey: pair.publicKey, integration: 'gate', field: 'token', origin: null });
    expect(readSealedHeader(value).origin).toBe('null');
    expect(text(await unsealValue(value, { keyring, integration: 'gate', field: 'token', origin: null }))).toBe(SECRET);
  });

  it('binds a destination with an extra destination: released for both hosts, refused when either moves', async () => {
    const both = { integration: 'prisma', field: 'auth.secret_key', origin: 'https://api2.prismacloud.io https://us-east1.cloud.twistlock.com/us-2-1' };
    const value = await sealValue({ plaintext: SECRET, publicKey: pair.publicKey, ...both });
    expect(text(await unsealValue(value, { keyring, ...both, origin: 'https://api2.prismacloud.io/x https://us-east1.cloud.twistlock.com' }))).toBe(SECRET);
    await refusal(unsealValue(value, { keyring, ...both, origin: 'https://api2.prismacloud.io https://collector.evil.example' }), ScopeError);
    await refusal(unsealValue(value, { keyring, ...both, origin: 'https://api2.prismacloud.io' }), ScopeError);
  });

  it('does not leave the plaintext in the ciphertext', () => {
    expect(sealed).not.toContain(SECRET);
    expect(sealed).not.toContain(b64(SECRET));
  });

  it('refuses a key id that does not belong to the public key', async () => {
    const other = await generateKeyPair();
    await expect(sealValue({ plaintext: SECRET, publicKey: pair.publicKey, keyId: other.keyId, ...scope })).rejects.toThrow(
      `key id ${other.keyId} does not belong to the given public key`,
    );
  });

  it('refuses a value copied from another integration', async () => {
    const error = await refusal(unsealValue(sealed, { keyring, ...scope, integration: 'jira-staging' }), ScopeError);
    expect(error.code).toBe('SEALED_SCOPE');
    expect(error.message).toBe(
      'sealed for integration `jira-prod` but used in `jira-staging`: a sealed value cannot be copied between integrations; ' +
        'seal it again with `secwire seal --integration jira-staging --field auth.api_token`',
    );
  });

  it('refuses a value moved to another field', async () => {
    const error = await refusal(unsealValue(sealed, { keyring, ...scope, field: 'auth.password' }), ScopeError);
    expect(error.mismatches.map((m) => m.kind)).toEqual(['field']);
    expect(error.message).toContain('sealed for field `auth.api_token` but used in `auth.password`');
  });

  it('refuses when the integration now points at another host', async () => {
    const error = await refusal(unsealValue(sealed, { keyring, ...scope, origin: 'https://evil.example' }), ScopeError);
    expect(error.message).toMatch(/^sealed for https:\/\/acme\.atlassian\.net but the integration now points at https:\/\/evil\.example; /);
  });

  it('refuses a tampered clear header at AEAD even when the caller passes the edited scope', async () => {
    const parts = sealed.split(':');
    const header = Buffer.from(parts[1] ?? '', 'base64').toString('utf8');
    for (const [from, to, patch] of [
      ['"jira-prod"', '"jira-staging"', { integration: 'jira-staging' }],
      ['"auth.api_token"', '"auth.password"', { field: 'auth.password' }],
      ['https://acme.atlassian.net', 'https://evil.example', { origin: 'https://evil.example' }],
    ] as const) {
      const forged = [parts[0], b64(header.replace(from, to)), parts[2], parts[3]].join(':');
      expect(() => readSealedHeader(forged)).not.toThrow();
      const field = 'field' in patch ? patch.field : scope.field;
      const error = await refusal(unsealValue(forged, { keyring, ...scope, ...patch }), TamperedError);
      expect(error.code).toBe('TAMPERED');
      expect(error.message).toBe(`the sealed value for ${field} (integration ${'integration' in patch ? patch.integration : scope.integration}) was modified or is corrupt`);
    }
  });

  it('refuses a modified ciphertext or sealed key', async () => {
    const parts = sealed.split(':');
    const flip = (b64text: string): string => {
      const bytes = Buffer.from(b64text, 'base64');
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    const badPayload = [parts[0], parts[1], parts[2], flip(parts[3] ?? '')].join(':');
    const badKey = [parts[0], parts[1], flip(parts[2] ?? ''), parts[3]].join(':');
    const error = await refusal(unsealValue(badPayload, { keyring, ...scope }), TamperedError);
    expect(error.message).toContain('the sealed value for auth.api_token');
    await refusal(unsealValue(badKey, { keyring, ...scope }), TamperedError);
    await refusal(unsealValue(sealed.slice(0, sealed.length - 8), { keyring, ...scope }), TamperedError);
  });

  it('refuses garbage, truncated values and unknown versions before anything else', async () => {
    await refusal(unsealValue('hunter2-not-sealed', { keyring, ...scope }), SealedFormatError);
    await refusal(unsealValue(sealed.split(':').slice(0, 2).join(':'), { keyring, ...scope }), SealedFormatError);
    const v2 = await refusal(unsealValue(sealed.replace(/^sw1:/, 'sw2:'), { keyring, ...scope }), SealedFormatError);
    expect(v2.message).toContain('unknown sealed value version (sw2)');
    // Format is checked before scope.
    await refusal(unsealValue('garbage', { keyring, ...scope, integration: 'other' }), SealedFormatError);
  });

  it('checks scope before the key: a wrong integration is reported even without the right key', async () => {
    const stranger = keyringFromKeys([await generateKeyPair()]);
    await refusal(unsealValue(sealed, { keyring: stranger, ...scope, integration: 'other' }), ScopeError);
  });

  it('names the missing key id and never tries the other keys', async () => {
    const sodium = await loadSodium();
    const stranger = await generateKeyPair();
    const open = vi.spyOn(sodium, 'crypto_box_seal_open');
    const decrypt = vi.spyOn(sodium, 'crypto_aead_xchacha20poly1305_ietf_decrypt');
    try {
      const error = await refusal(unsealValue(sealed, { keyring: keyringFromKeys([stranger]), ...scope }), UnknownKeyError);
      expect(error.code).toBe('UNKNOWN_KEY');
      expect(error.keyId).toBe(pair.keyId);
      expect(error.message).toBe(
        `the sealed value for auth.api_token (integration jira-prod) needs key id ${pair.keyId}, which is not in the keyring (it holds: ${stranger.keyId})`,
      );
      expect(error.hint).toContain(`holds key ${pair.keyId}`);
      expect(open).not.toHaveBeenCalled();
      expect(decrypt).not.toHaveBeenCalled();
      // Sanity: the spies do see a real unseal.
      await unsealValue(sealed, { keyring, ...scope });
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      open.mockRestore();
      decrypt.mockRestore();
    }
  });
});

describe('rotation', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secwire-rotate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('values sealed to the old key still unseal; new seals use the new key', async () => {
    const first = await writeKeyFiles({ dir });
    const oldPub = await readPublicKey(first.pubPath);
    const oldSealed = await sealValue({ plaintext: SECRET, publicKey: oldPub.publicKey, keyId: oldPub.keyId, ...scope });

    const rotated = await rotateKeyring({ dir });
    const newPub = await readPublicKey(rotated.pubPath);
    expect(newPub.keyId).not.toBe(oldPub.keyId);
    const newSealed = await sealValue({ plaintext: 'new-secret-value', publicKey: newPub.publicKey, ...scope });
    expect(readSealedHeader(newSealed).kid).toBe(newPub.keyId);
    expect(readSealedHeader(oldSealed).kid).toBe(oldPub.keyId);

    const ring = await loadKeyring({ path: rotated.keyPath, env: undefined });
    expect(text(await unsealValue(oldSealed, { keyring: ring, ...scope }))).toBe(SECRET);
    expect(text(await unsealValue(newSealed, { keyring: ring, ...scope }))).toBe('new-secret-value');

    // A keyring holding only the new key (e.g. an outdated CI secret) names the old key id.
    const newOnly = keyringFromKeys(ring.keys.slice(1));
    await refusal(unsealValue(oldSealed, { keyring: newOnly, ...scope }), UnknownKeyError);
  });
});

describe('sealValue input checks', () => {
  it('refuses empty or control-character scope names before encrypting', async () => {
    const key = await generateKeyPair();
    await expect(sealValue({ plaintext: SECRET, publicKey: key.publicKey, integration: '', field: 'f', origin: null })).rejects.toThrow(
      'the integration name to seal for must be a non-empty string',
    );
    await expect(sealValue({ plaintext: SECRET, publicKey: key.publicKey, integration: 'a', field: 'x\ny', origin: null })).rejects.toThrow(
      'the field path to seal for must be a non-empty string',
    );
    await expect(sealValue({ plaintext: SECRET, publicKey: key.publicKey, integration: 'a', field: 'f', origin: 'not a url' })).rejects.toThrow(
      '`not a url` is not an absolute URL',
    );
    await expect(sealValue({ plaintext: SECRET, publicKey: new Uint8Array(31), integration: 'a', field: 'f', origin: null })).rejects.toThrow(
      'the public key must be 32 raw bytes',
    );
  });
});
