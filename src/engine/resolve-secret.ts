// Turns a declared secret into plaintext at apply time: unseal with every binding checked, or read the environment.
import { redactor } from '../secrets/redactor.js';
import { unsealValue } from '../secrets/unseal.js';
import type { DesiredRecord } from './desired.js';
import type { SecretKeys } from './secret-keys.js';

export class SecretResolutionError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

/** Plaintext bytes of one secret field; the caller zeroes them. Every plaintext joins the redaction set. */
export async function resolveSecret(record: DesiredRecord, path: string, keys: SecretKeys, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const secret = record.secrets[path]!;
  if (secret.source === 'env') {
    const value = env[secret.env];
    if (value === undefined || value === '') {
      throw new SecretResolutionError(`${path} reads the environment variable ${secret.env}, which is not set`,
        `export ${secret.env} before running apply, or seal the value with \`secwire seal --integration ${record.name} --field ${path}\``);
    }
    redactor.add(value);
    return new TextEncoder().encode(value);
  }
  if (!keys.keyring) {
    throw new SecretResolutionError(`${path} is sealed and no private key is available`,
      'set SECWIRE_PRIVATE_KEY, or configure keys.private_key; plan works without it, apply does not');
  }
  const plaintext = await unsealValue(secret.sealed, { keyring: keys.keyring, integration: record.name, field: path, origin: record.destination });
  redactor.add(plaintext);
  return plaintext;
}
