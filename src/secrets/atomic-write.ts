// Writes a file atomically (temp file in the same directory, fchmod, fsync, then rename or no-clobber link).
import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** File mode, applied at creation and again with fchmod (umask cannot widen or narrow it). */
  readonly mode: number;
  /** When false, fails with an EEXIST error instead of replacing an existing file. */
  readonly overwrite: boolean;
}

/** Writes data to path atomically; readers see either the old file or the complete new one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode);
  let committed = false;
  try {
    try {
      await handle.chmod(options.mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temp, path);
      committed = true;
    } else {
      await link(temp, path);
    }
  } finally {
    if (!committed) await unlink(temp).catch(() => undefined);
  }
}
