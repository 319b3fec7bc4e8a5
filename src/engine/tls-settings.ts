// The integration's `tls` block as the HTTP layer takes it: files read relative to the manifest that names them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TlsOptions } from '../http/types.js';

interface TlsBlock {
  readonly ca_file?: string;
  readonly client_cert_file?: string;
  readonly client_key_file?: string;
  readonly insecure_skip_verify?: boolean;
}

export class TlsFileError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

export function tlsOptions(block: unknown, sourceFile: string | undefined): TlsOptions | undefined {
  if (!block || typeof block !== 'object') return undefined;
  const tls = block as TlsBlock;
  const base = sourceFile ? path.dirname(sourceFile) : process.cwd();
  const read = (field: string, file: string | undefined): string | undefined => {
    if (!file) return undefined;
    const full = path.resolve(base, file);
    try {
      return readFileSync(full, 'utf8');
    } catch (error) {
      throw new TlsFileError(`tls.${field} ${full} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'fix the path; it is relative to the manifest file');
    }
  };
  const caPem = read('ca_file', tls.ca_file);
  const clientCertPem = read('client_cert_file', tls.client_cert_file);
  const clientKeyPem = read('client_key_file', tls.client_key_file);
  return {
    ...(caPem ? { caPem } : {}),
    ...(clientCertPem ? { clientCertPem } : {}),
    ...(clientKeyPem ? { clientKeyPem } : {}),
    ...(tls.insecure_skip_verify ? { insecureSkipVerify: true } : {}),
  };
}
