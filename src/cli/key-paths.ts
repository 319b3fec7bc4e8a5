// Key file locations from the config, resolved against the config file's directory.
import path from 'node:path';
import type { ResolvedConfig } from '../manifest/config.js';

export interface KeyPaths {
  readonly pubPath: string;
  readonly keyPath: string;
  readonly hubKeyPath: string;
  readonly pinnedKeyId: string | undefined;
}

export function keyPaths(resolved: ResolvedConfig): KeyPaths {
  const keys = resolved.config.keys ?? {};
  const at = (p: string) => path.resolve(resolved.dir, p);
  return {
    pubPath: at(keys.public_key ?? 'secwire.pub'),
    keyPath: at(keys.private_key ?? '.secwire/secwire.key'),
    hubKeyPath: at(keys.hub_key ?? '.secwire/hub.key'),
    pinnedKeyId: keys.key_id,
  };
}
