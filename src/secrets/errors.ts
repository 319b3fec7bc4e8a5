// Typed errors of the secrets library: a stable code, a user-facing message (never plaintext) and a "what to do next" hint.

export type SecretsErrorCode =
  | 'SEALED_FORMAT'
  | 'SEALED_SCOPE'
  | 'UNKNOWN_KEY'
  | 'TAMPERED'
  | 'INVALID_ORIGIN'
  | 'INVALID_INPUT'
  | 'PUBLIC_KEY_INVALID'
  | 'PUBLIC_KEY_NOT_FOUND'
  | 'KEYRING_INVALID'
  | 'KEYRING_NOT_FOUND'
  | 'KEY_EXISTS'
  | 'KEY_PIN_MISMATCH'
  | 'HUB_KEY_INVALID'
  | 'AT_REST_FORMAT'
  | 'AT_REST_DECRYPT';

export interface ScopeMismatch {
  readonly kind: 'integration' | 'field' | 'origin';
  readonly sealed: string;
  readonly expected: string;
  readonly message: string;
}

export class SecretsError extends Error {
  readonly code: SecretsErrorCode;
  readonly hint: string | undefined;

  constructor(code: SecretsErrorCode, message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
  }
}

/** The sealed string is garbage, truncated, or of an unknown version. */
export class SealedFormatError extends SecretsError {
  constructor(message: string, hint?: string) {
    super('SEALED_FORMAT', message, hint);
  }
}

/** The sealed value was made for another integration, field or destination. */
export class ScopeError extends SecretsError {
  readonly mismatches: readonly ScopeMismatch[];

  constructor(mismatches: readonly ScopeMismatch[], hint?: string) {
    super('SEALED_SCOPE', mismatches.map((m) => m.message).join('\n'), hint);
    this.mismatches = mismatches;
  }
}

/** The sealed value names a key id that the keyring does not hold. */
export class UnknownKeyError extends SecretsError {
  readonly keyId: string;

  constructor(keyId: string, message: string, hint?: string) {
    super('UNKNOWN_KEY', message, hint);
    this.keyId = keyId;
  }
}

/** Authenticated decryption failed: the value was modified, corrupted, or its clear header edited. */
export class TamperedError extends SecretsError {
  constructor(message: string, hint?: string) {
    super('TAMPERED', message, hint);
  }
}

/** A destination URL could not be reduced to an origin. */
export class OriginError extends SecretsError {
  constructor(message: string, hint?: string) {
    super('INVALID_ORIGIN', message, hint);
  }
}

/** A key file (public key, keyring, hub key) is missing or malformed. */
export class KeyFileError extends SecretsError {
  readonly path: string | null;

  constructor(
    code: 'PUBLIC_KEY_INVALID' | 'PUBLIC_KEY_NOT_FOUND' | 'KEYRING_INVALID' | 'KEYRING_NOT_FOUND' | 'HUB_KEY_INVALID',
    path: string | null,
    message: string,
    hint?: string,
  ) {
    super(code, message, hint);
    this.path = path;
  }
}

/** Key generation refused to overwrite an existing key file. */
export class KeyExistsError extends SecretsError {
  readonly path: string;

  constructor(path: string, message: string, hint?: string) {
    super('KEY_EXISTS', message, hint);
    this.path = path;
  }
}

/** The public key file's id differs from the id pinned in the config. */
export class PinnedKeyMismatchError extends SecretsError {
  readonly actualKeyId: string;
  readonly pinnedKeyId: string;

  constructor(actualKeyId: string, pinnedKeyId: string, message: string, hint?: string) {
    super('KEY_PIN_MISMATCH', message, hint);
    this.actualKeyId = actualKeyId;
    this.pinnedKeyId = pinnedKeyId;
  }
}

/** An at-rest ciphertext is malformed or fails to decrypt under this hub key and record context. */
export class AtRestError extends SecretsError {
  constructor(code: 'AT_REST_FORMAT' | 'AT_REST_DECRYPT', message: string, hint?: string) {
    super(code, message, hint);
  }
}
