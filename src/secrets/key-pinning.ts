// Checks the public key file's id against the key id pinned in the config, to catch a swapped public key.
import { PinnedKeyMismatchError } from './errors.js';
import { computeKeyId } from './key-id.js';

export interface PinningSources {
  /** Public key file named in the message, default `secwire.pub`. */
  readonly pubPath?: string;
  /** Config file named in the message, default `secwire.config.yaml`. */
  readonly configPath?: string;
}

/** Throws PinnedKeyMismatchError when the public key's id differs from the pinned id; no-op when nothing is pinned. */
export function assertPinnedKeyId(
  publicKey: Uint8Array | { readonly keyId: string },
  pinnedKeyId: string | null | undefined,
  sources: PinningSources = {},
): void {
  if (pinnedKeyId === null || pinnedKeyId === undefined || pinnedKeyId === '') return;
  const actual = publicKey instanceof Uint8Array ? computeKeyId(publicKey) : publicKey.keyId;
  const pinned = pinnedKeyId.trim().toLowerCase();
  if (actual === pinned) return;
  const pubPath = sources.pubPath ?? 'secwire.pub';
  const configPath = sources.configPath ?? 'secwire.config.yaml';
  throw new PinnedKeyMismatchError(
    actual,
    pinnedKeyId,
    `${pubPath} has key id ${actual} but ${configPath} pins ${pinnedKeyId}: someone may have swapped the public key; do not seal anything with it`,
    `if the key was rotated on purpose, update the pin in ${configPath} to ${actual} in the same reviewed change; otherwise restore ${pubPath} from a trusted commit`,
  );
}
