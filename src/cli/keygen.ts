// `secwire keygen [--dir DIR] [--force] [--rotate]`: makes (or rotates) the repository's X25519 key pair.
import path from 'node:path';
import { rotateKeyring, writeKeyFiles } from '../secrets/key-files.js';
import { commandContext, type GlobalOptions } from './context.js';
import { keyPaths } from './key-paths.js';
import { pinKeyId } from './pin-key-id.js';

export interface KeygenOptions extends GlobalOptions {
  readonly dir?: string;
  readonly force?: boolean;
  readonly rotate?: boolean;
}

export async function runKeygen(options: KeygenOptions): Promise<number> {
  const ctx = await commandContext(options);
  const configured = keyPaths(ctx.resolved);
  const pubPath = options.dir ? path.resolve(options.dir, 'secwire.pub') : configured.pubPath;
  const keyPath = options.dir ? path.resolve(options.dir, '.secwire/secwire.key') : configured.keyPath;
  const root = options.dir ? path.resolve(options.dir) : ctx.resolved.dir;
  const result = options.rotate
    ? await rotateKeyring({ dir: root, pubPath, keyPath })
    : await writeKeyFiles({ dir: root, pubPath, keyPath, force: options.force === true });
  const rel = (p: string) => path.relative(ctx.cwd, p) || p;
  const pinned = ctx.resolved.file && !options.dir ? await pinKeyId(ctx.resolved.file, result.key.keyId) : false;
  const { term } = ctx;
  term.out(
    [
      `${options.rotate ? 'Rotated to' : 'Created'} key ${term.style('bold', result.key.keyId)}${options.rotate ? ` (${result.keys.length} keys in the keyring; old ones still unseal)` : ''}.`,
      `  public key:  ${rel(result.pubPath)}   commit this file`,
      `  private key: ${rel(result.keyPath)}   never commit it (mode 0600${result.gitignore === 'added' ? ', added to .gitignore' : ''})`,
      pinned
        ? `  pinned key id ${result.key.keyId} in ${rel(ctx.resolved.file!)}`
        : `  pin it: add keys.key_id: ${result.key.keyId} to secwire.config.yaml`,
      '',
      'Give CI the private key as the secret SECWIRE_PRIVATE_KEY, e.g.:',
      `  base64 -w0 ${rel(result.keyPath)} | gh secret set SECWIRE_PRIVATE_KEY`,
      options.rotate ? 'Then run `secwire reseal` to move every sealed value to the new key.' : 'Then seal credentials with `secwire seal --integration NAME --field auth.FIELD`.',
      '',
    ].join('\n'),
  );
  return 0;
}
