// `secwire seal --integration NAME --field PATH [--host URL] [--write FILE]`: seals a value read from stdin.
import path from 'node:path';
import { destinationUrl, secretFieldPaths } from '../catalog/destination.js';
import { findConnector } from '../catalog/registry.js';
import { manifestPaths } from '../manifest/config.js';
import { findDocumentByName } from '../manifest/find-document.js';
import { assertPinnedKeyId } from '../secrets/key-pinning.js';
import { readPublicKey } from '../secrets/public-key-file.js';
import { redactor } from '../secrets/redactor.js';
import { sealValue } from '../secrets/seal.js';
import { readSealedHeader } from '../secrets/sealed-header.js';
import { commandContext, type GlobalOptions } from './context.js';
import { keyPaths } from './key-paths.js';
import { readSecret } from './read-secret.js';
import { UserError } from './user-error.js';
import { writeSealedField } from './write-sealed-field.js';

export interface SealOptions extends GlobalOptions {
  readonly integration: string;
  readonly field: string;
  readonly host?: string;
  readonly write?: string;
}

export async function runSeal(paths: string[], options: SealOptions): Promise<number> {
  const ctx = await commandContext(options);
  const searchPaths = options.write ? [options.write] : manifestPaths(paths, ctx.resolved, ctx.cwd);
  const found = await findDocumentByName(searchPaths, options.integration);
  if (options.write && !found) {
    throw new UserError(`${options.write} has no document named \`${options.integration}\``, 'declare the integration first, then seal its fields into it');
  }
  const origin = options.host ? hostToUrl(options.host) : destinationOf(found?.value, options);
  const keys = keyPaths(ctx.resolved);
  const publicKey = await readPublicKey(keys.pubPath);
  assertPinnedKeyId(publicKey, keys.pinnedKeyId, { pubPath: path.relative(ctx.cwd, keys.pubPath), ...(ctx.resolved.file ? { configPath: path.relative(ctx.cwd, ctx.resolved.file) } : {}) });
  const plaintext = await readSecret(`Value for ${options.integration} ${options.field} (input hidden): `);
  if (!plaintext) throw new UserError('no value read from stdin', `pipe the value in, e.g. \`printf %s "$TOKEN" | secwire seal --integration ${options.integration} --field ${options.field}\``);
  redactor.add(plaintext);
  const sealed = await sealValue({ plaintext, publicKey: publicKey.publicKey, keyId: publicKey.keyId, integration: options.integration, field: options.field, origin });
  if (options.write && found) {
    await writeSealedField(found.source, options.field, sealed);
    const bound = readSealedHeader(sealed).origin;
    ctx.term.err(`Sealed ${options.field} of ${options.integration} into ${options.write} (key ${publicKey.keyId}, bound to ${bound === 'null' ? 'no destination' : bound.split(' ').join(' and ')}).\n`);
  } else {
    ctx.term.out(`{ sealed: "${sealed}" }\n`);
  }
  return 0;
}

function destinationOf(value: Record<string, unknown> | undefined, options: SealOptions): string | null {
  if (!value) {
    throw new UserError(`no integration named \`${options.integration}\` in the manifests`,
      'declare it first (the destination host comes from its URL field), or pass --host https://HOST');
  }
  const spec = (value.spec ?? {}) as { type?: unknown; auth?: Record<string, unknown>; config?: Record<string, unknown> };
  const entry = typeof spec.type === 'string' ? findConnector(spec.type)?.entry : undefined;
  if (!entry) throw new UserError(`integration \`${options.integration}\` has an unknown type`, 'fix spec.type (see `secwire validate`), or pass --host');
  const fields = secretFieldPaths(entry);
  if (!fields.includes(options.field)) {
    throw new UserError(`\`${options.field}\` is not a secret field of ${entry.type}`, fields.length ? `secret fields: ${fields.join(', ')}` : `${entry.type} has no secret fields`);
  }
  return destinationUrl(entry, spec);
}

function hostToUrl(host: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `https://${host}`;
}
