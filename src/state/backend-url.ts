// Parses a hub backend string ("file:PATH", later https:/postgres:) into what openStore needs. Pure, no I/O.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidBackendError, UnsupportedBackendError } from './errors.js';

export const DEFAULT_BACKEND = 'file:.secwire/hub.db';

export interface FileBackend {
  scheme: 'file';
  /** Absolute path, or ":memory:" for a private in-memory store (tests). */
  path: string;
  /** The backend as the user wrote it, for messages. */
  location: string;
}

export type BackendSpec = FileBackend;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s;

export function parseBackend(backend: string | undefined, cwd: string): BackendSpec {
  const location = (backend ?? DEFAULT_BACKEND).trim() || DEFAULT_BACKEND;
  const match = SCHEME.exec(location);
  if (!match) throw new InvalidBackendError(location, 'it has no scheme', `write it as file:${location}`);
  const scheme = `${match[1]!.toLowerCase()}:`;
  const rest = match[2]!;
  if (scheme !== 'file:') throw new UnsupportedBackendError(scheme);
  if (rest === ':memory:') return { scheme: 'file', path: ':memory:', location };
  if (rest.startsWith('//')) return { scheme: 'file', path: fromFileUrl(location), location };
  if (rest === '') throw new InvalidBackendError(location, 'the path is empty');
  if (rest.endsWith('/')) throw new InvalidBackendError(location, 'the path names a directory', `name the file, e.g. file:${rest}hub.db`);
  return { scheme: 'file', path: isAbsolute(rest) ? rest : resolve(cwd, rest), location };
}

function fromFileUrl(location: string): string {
  try {
    return fileURLToPath(location);
  } catch (err) {
    throw new InvalidBackendError(location, (err as Error).message, 'use file:///absolute/path or file:relative/path');
  }
}
