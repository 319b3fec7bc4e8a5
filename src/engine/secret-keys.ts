// The key material plan and apply may use: the private keyring (optional for plan) and the hub key.
import type { HubKey } from '../secrets/hub-key.js';
import type { Keyring } from '../secrets/keyring.js';

export interface SecretKeys {
  /** Present when the private key is available; plan then compares plaintext fingerprints. */
  readonly keyring?: Keyring;
  /** The hub's own key: at-rest encryption and keyed fingerprints. */
  readonly hubKey?: HubKey;
}
