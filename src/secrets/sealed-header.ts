// Parses sealed-value strings (`sw1:<header>:<sealed key>:<nonce||ciphertext>`) and their clear header, without libsodium.
import { fromBase64, toBase64 } from './base64.js';
import { SealedFormatError } from './errors.js';
import { isKeyId } from './key-id.js';
import { isNormalizedOrigin } from './origin.js';

export const SEALED_VERSION = 1;
export const SEALED_PREFIX = `sw${SEALED_VERSION}`;
/** crypto_box_seal of a 32-byte one-time key: 32 + crypto_box_SEALBYTES (48). */
export const SEALED_KEY_BYTES = 80;
/** XChaCha20-Poly1305-IETF nonce length. */
export const AEAD_NONCE_BYTES = 24;
/** XChaCha20-Poly1305-IETF tag length. */
export const AEAD_TAG_BYTES = 16;

export interface SealedHeader {
  readonly v: 1;
  readonly kid: string;
  readonly integration: string;
  readonly field: string;
  /**
   * Normalised origin (scheme://host[:port]), followed by the origins of the type's extra destinations that are set
   * (space-separated), or "null" when the type has no destination.
   */
  readonly origin: string;
}

export interface ParsedSealedValue {
  readonly header: SealedHeader;
  /** The exact header bytes: the AEAD associated data. */
  readonly headerBytes: Uint8Array;
  readonly sealedKey: Uint8Array;
  /** 24-byte nonce followed by the AEAD ciphertext. */
  readonly payload: Uint8Array;
}

const HEADER_KEYS = ['v', 'kid', 'integration', 'field', 'origin'] as const;
const MAX_NAME_LENGTH = 256;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Canonical header JSON: fixed key order, no spaces. These bytes are authenticated as AEAD associated data. */
export function encodeSealedHeader(header: SealedHeader): string {
  return JSON.stringify({
    v: header.v,
    kid: header.kid,
    integration: header.integration,
    field: header.field,
    origin: header.origin,
  });
}

/** Cheap check: does the string claim to be a sealed value (any version)? Use before deciding to parse. */
export function looksSealed(text: string): boolean {
  return /^sw\d+:/.test(text.trim());
}

/** Reads and validates the clear header of a sealed value (no key, no libsodium); throws SealedFormatError. */
export function readSealedHeader(sealed: string): SealedHeader {
  return parseSealedValue(sealed).header;
}

/** Splits and validates a sealed value into its header and binary parts; throws SealedFormatError. */
export function parseSealedValue(sealed: string): ParsedSealedValue {
  // Never echo the input: a plaintext token pasted by mistake must not reach an error message.
  if (typeof sealed !== 'string') throw formatError('expected a string');
  const parts = sealed.trim().split(':');
  const prefix = parts[0] ?? '';
  const version = /^sw(\d+)$/.exec(prefix);
  if (version === null) {
    throw formatError(`it does not start with \`${SEALED_PREFIX}:\``, 'seal the value with `secwire seal` and paste its whole output');
  }
  if (prefix !== SEALED_PREFIX) throw unknownVersion(prefix);
  if (parts.length !== 4) {
    throw formatError(`expected 4 parts separated by ':', found ${parts.length} (truncated or damaged)`);
  }
  const [, headerPart = '', keyPart = '', payloadPart = ''] = parts;
  const headerBytes = fromBase64(headerPart);
  if (headerBytes === null || headerBytes.length === 0) throw formatError('the header is not standard base64');
  const header = decodeHeader(headerBytes);
  const sealedKey = fromBase64(keyPart);
  if (sealedKey === null) throw formatError('the sealed key is not standard base64 (truncated or damaged)');
  if (sealedKey.length !== SEALED_KEY_BYTES) {
    throw formatError(`the sealed key has ${sealedKey.length} bytes, expected ${SEALED_KEY_BYTES} (truncated or damaged)`);
  }
  const payload = fromBase64(payloadPart);
  if (payload === null) throw formatError('the ciphertext is not standard base64 (truncated or damaged)');
  if (payload.length < AEAD_NONCE_BYTES + AEAD_TAG_BYTES) {
    throw formatError(`the ciphertext has ${payload.length} bytes, at least ${AEAD_NONCE_BYTES + AEAD_TAG_BYTES} expected (truncated)`);
  }
  return { header, headerBytes, sealedKey, payload };
}

/** Assembles the sealed string from its parts. */
export function formatSealedValue(headerJson: string, sealedKey: Uint8Array, payload: Uint8Array): string {
  return `${SEALED_PREFIX}:${toBase64(Buffer.from(headerJson, 'utf8'))}:${toBase64(sealedKey)}:${toBase64(payload)}`;
}

function decodeHeader(bytes: Uint8Array): SealedHeader {
  const text = Buffer.from(bytes).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw formatError('the header is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw formatError('the header is not a JSON object');
  const record = data as Record<string, unknown>;
  if (record.v !== SEALED_VERSION) {
    if (typeof record.v === 'number') throw unknownVersion(`header version ${record.v}`);
    throw formatError('the header has no version number');
  }
  const keys = Object.keys(record);
  if (keys.length !== HEADER_KEYS.length || HEADER_KEYS.some((key) => !keys.includes(key))) {
    throw formatError(`the header must have exactly the fields ${HEADER_KEYS.join(', ')}`);
  }
  const { kid, integration, field, origin } = record;
  if (typeof kid !== 'string' || !isKeyId(kid)) throw formatError('the header key id is not 16 lowercase hex characters');
  if (!isSealedName(integration)) throw formatError('the header integration name is empty, too long or not a string');
  if (!isSealedName(field)) throw formatError('the header field path is empty, too long or not a string');
  if (typeof origin !== 'string' || !isNormalizedOrigin(origin)) {
    throw formatError('the header origin is not a normalised origin (scheme://host[:port]) or "null"');
  }
  const header: SealedHeader = { v: SEALED_VERSION, kid, integration, field, origin };
  if (encodeSealedHeader(header) !== text) throw formatError('the header is not in canonical form');
  return header;
}

/** True when the text can be an integration name or field path in a sealed header (non-empty, ≤256 chars, no control chars). */
export function isSealedName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_LENGTH && !CONTROL_CHARS.test(value);
}

function formatError(what: string, hint?: string): SealedFormatError {
  return new SealedFormatError(
    `not a valid sealed value: ${what}`,
    hint ?? 'copy the complete value printed by `secwire seal`, or seal the value again',
  );
}

function unknownVersion(found: string): SealedFormatError {
  return new SealedFormatError(
    `unknown sealed value version (${found}); this secwire reads ${SEALED_PREFIX}`,
    'upgrade secwire, or seal the value again with this version of `secwire seal`',
  );
}
