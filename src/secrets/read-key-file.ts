// Reads a key file as text; a missing file becomes the caller's KeyFileError, other I/O errors pass through.
import { readFile } from 'node:fs/promises';
import { KeyFileError } from './errors.js';

export async function readKeyFile(path: string, missing: () => KeyFileError): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing();
    throw error;
  }
}
