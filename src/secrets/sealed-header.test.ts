// Tests for reading sealed headers without a key: canonical form, garbage, truncation, versions.
import { describe, it, expect } from 'vitest';
import { SealedFormatError } from './errors.js';
import { generateKeyPair } from './key-pair.js';
import { sealValue } from './seal.js';
import { encodeSealedHeader, looksSealed, parseSealedValue, readSealedHeader } from './sealed-header.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

async function sealed(): Promise<{ value: string; keyId: string }> {
  const pair = await generateKeyPair();
  const value = await sealValue({
    plaintext: 'tok-123456',
    publicKey: pair.publicKey,
    integration: 'jira-prod',
    field: 'auth.api_token',
    origin: 'https://ACME.atlassian.net/rest',
  });
  return { value, keyId: pair.keyId };
}

function expectFormatError(value: string, message: string | RegExp): SealedFormatError {
  try {
    readSealedHeader(value);
  } catch (error) {
    expect(error).toBeInstanceOf(SealedFormatError);
    expect((error as SealedFormatError).code).toBe('SEALED_FORMAT');
    expect((error as Error).message).toMatch(message);
    return error as SealedFormatError;
  }
  return expect.unreachable();
}

describe('readSealedHeader', () => {
  it('reads the clear header without a key', async () => {
    const { value, keyId } = await sealed();
    expect(readSealedHeader(value)).toEqual({
      v: 1,
      kid: keyId,
      integration: 'jira-prod',
      field: 'auth.api_token',
      origin: 'https://acme.atlassian.net',
    });
    expect(looksSealed(value)).toBe(true);
    expect(looksSealed('plain-token')).toBe(false);
  });

  it('uses the canonical header JSON (fixed order, no spaces)', async () => {
    const { value, keyId } = await sealed();
    const headerJson = Buffer.from(value.split(':')[1] ?? '', 'base64').toString('utf8');
    expect(headerJson).toBe(
      `{"v":1,"kid":"${keyId}","integration":"jira-prod","field":"auth.api_token","origin":"https://acme.atlassian.net"}`,
    );
    expect(encodeSealedHeader(readSealedHeader(value))).toBe(headerJson);
    expect(value.startsWith('sw1:')).toBe(true);
  });

  it('tolerates surrounding whitespace (YAML block scalars)', async () => {
    const { value } = await sealed();
    expect(readSealedHeader(`  ${value}\n`).integration).toBe('jira-prod');
  });

  it('refuses garbage without echoing it', () => {
    const error = expectFormatError('my-plaintext-password', 'not a valid sealed value: it does not start with `sw1:`');
    expect(`${error.message} ${error.hint}`).not.toContain('my-plaintext-password');
    expectFormatError('sw1:!!!:AAAA:AAAA', 'the header is not standard base64');
    expectFormatError(`sw1:${b64('not json')}:AAAA:AAAA`, 'the header is not JSON');
  });

  it('refuses truncated values', async () => {
    const { value } = await sealed();
    const parts = value.split(':');
    expectFormatError(parts.slice(0, 3).join(':'), "expected 4 parts separated by ':', found 3 (truncated or damaged)");
    expectFormatError(value.slice(0, value.length - 5), 'the ciphertext is not standard base64 (truncated or damaged)');
    // Cut on a 4-character boundary, the rest is still well-formed: unsealing then fails at AEAD (see seal.test.ts).
    expect(() => readSealedHeader(value.slice(0, value.length - 8))).not.toThrow();
    const shortKey = [parts[0], parts[1], (parts[2] ?? '').slice(0, 40), parts[3]].join(':');
    expectFormatError(shortKey, /the sealed key has 30 bytes, expected 80/);
    const shortPayload = [parts[0], parts[1], parts[2], 'AAAA'].join(':');
    expectFormatError(shortPayload, 'the ciphertext has 3 bytes, at least 40 expected (truncated)');
  });

  it('refuses unknown versions, in the prefix or in the header', async () => {
    const { value } = await sealed();
    const e = expectFormatError(value.replace(/^sw1:/, 'sw2:'), 'unknown sealed value version (sw2); this secwire reads sw1');
    expect(e.hint).toContain('upgrade secwire');
    const parts = value.split(':');
    const header = Buffer.from(parts[1] ?? '', 'base64').toString('utf8').replace('"v":1', '"v":2');
    expectFormatError([parts[0], b64(header), parts[2], parts[3]].join(':'), 'unknown sealed value version (header version 2)');
  });

  it('refuses non-canonical, incomplete or invalid headers', async () => {
    const { value, keyId } = await sealed();
    const parts = value.split(':');
    const withHeader = (json: string): string => [parts[0], b64(json), parts[2], parts[3]].join(':');
    const fields = `"kid":"${keyId}","integration":"jira-prod","field":"auth.api_token","origin":"https://acme.atlassian.net"`;
    expectFormatError(withHeader(`{"v":1, ${fields}}`), 'the header is not in canonical form');
    expectFormatError(withHeader(`{${fields},"v":1}`), 'the header is not in canonical form');
    expectFormatError(withHeader(`{"v":1,${fields},"extra":1}`), 'the header must have exactly the fields v, kid, integration, field, origin');
    expectFormatError(withHeader(`{"v":1,${fields.replace(keyId, 'XYZ')}}`), 'the header key id is not 16 lowercase hex characters');
    expectFormatError(withHeader(`{"v":1,${fields.replace('"jira-prod"', '""')}}`), 'the header integration name is empty');
    expectFormatError(withHeader(`{"v":1,${fields.replace('https://acme.atlassian.net', 'https://ACME.atlassian.net/x')}}`), 'the header origin is not a normalised origin');
    expectFormatError(withHeader('[1]'), 'the header is not a JSON object');
  });

  it('exposes the exact header bytes for use as associated data', async () => {
    const { value } = await sealed();
    const parsed = parseSealedValue(value);
    expect(Buffer.from(parsed.headerBytes).toString('utf8')).toBe(encodeSealedHeader(parsed.header));
    expect(parsed.sealedKey).toHaveLength(80);
    expect(parsed.payload.length).toBe(24 + 10 + 16);
  });
});
