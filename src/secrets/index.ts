// Public API of the secrets library (importing it does not load libsodium; crypto functions load it on first use).
export * from './errors.js';
export { loadSodium, isSodiumLoaded, type Sodium } from './sodium.js';
export { BASE64_VARIANT, toBase64, fromBase64 } from './base64.js';
export { computeKeyId, isKeyId, KEY_ID_PATTERN, PUBLIC_KEY_BYTES, PRIVATE_KEY_BYTES } from './key-id.js';
export { normalizeOrigin, isNormalizedOrigin, NULL_ORIGIN } from './origin.js';
export { writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
export { generateKeyPair, type KeyPair } from './key-pair.js';
export {
  DEFAULT_PUBLIC_KEY_PATH,
  PUBLIC_KEY_FILE_TAG,
  formatPublicKeyFile,
  parsePublicKeyFile,
  readPublicKey,
  type PublicKeyInfo,
} from './public-key-file.js';
export {
  DEFAULT_KEYRING_PATH,
  KEYRING_FORMAT,
  PRIVATE_KEY_ENV,
  findKey,
  keyringFromKeys,
  loadKeyring,
  newestKey,
  parseKeyring,
  serializeKeyring,
  wipeKeyring,
  type Keyring,
  type KeyringSource,
  type LoadKeyringOptions,
} from './keyring.js';
export {
  PRIVATE_KEY_DIR_MODE,
  PRIVATE_KEY_FILE_MODE,
  PUBLIC_KEY_FILE_MODE,
  rotateKeyring,
  writeKeyFiles,
  type KeyFilesOptions,
  type KeyFilesResult,
  type WriteKeyFilesOptions,
} from './key-files.js';
export { ensureGitignored, type GitignoreResult } from './gitignore.js';
export { assertPinnedKeyId, type PinningSources } from './key-pinning.js';
export {
  AEAD_NONCE_BYTES,
  AEAD_TAG_BYTES,
  SEALED_KEY_BYTES,
  SEALED_PREFIX,
  SEALED_VERSION,
  encodeSealedHeader,
  formatSealedValue,
  isSealedName,
  looksSealed,
  parseSealedValue,
  readSealedHeader,
  type ParsedSealedValue,
  type SealedHeader,
} from './sealed-header.js';
export { assertSealedScope, checkSealedScope, type SealedScope } from './sealed-scope.js';
export { sealValue, type SealValueOptions } from './seal.js';
export { unsealValue, type UnsealOptions } from './unseal.js';
export { openBox, sealBoxForGitHub } from './github-box.js';
export { sealedDigest } from './sealed-digest.js';
export { HUB_KEY_BYTES, deriveHubSubkey, type HubKeyPurpose } from './hub-subkey.js';
export { keyedFingerprint } from './fingerprint.js';
export {
  DEFAULT_HUB_KEY_PATH,
  HUB_KEY_ENV,
  loadOrCreateHubKey,
  type HubKey,
  type HubKeySource,
  type LoadHubKeyOptions,
} from './hub-key.js';
export { AT_REST_PREFIX, decryptAtRest, encryptAtRest } from './at-rest.js';
export { MIN_SECRET_LENGTH, REDACTED, Redactor, redactDeep, redactor, type RedactorStats } from './redactor.js';
export { plaintextBytes, type PlaintextBytes } from './plaintext-bytes.js';
