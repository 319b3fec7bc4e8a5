// Expands the paths given on the command line into the manifest files to read.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.secwire']);

export interface CollectedFiles {
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Files named explicitly are read whatever their extension; directories are walked for
 * *.yaml and *.yml, skipping hidden folders and node_modules. The result is sorted and unique.
 */
export async function collectManifestFiles(paths: readonly string[], maxFiles: number): Promise<CollectedFiles> {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) {
      diagnostics.push(pathError(given, 'path-not-found', `no such file or directory: ${given}`, 'check the path, or set `manifests` in secwire.config.yaml'));
    } else if (info.isDirectory()) {
      for (const file of await walk(given)) files.add(file);
    } else {
      files.add(path.normalize(given));
    }
  }
  const sorted = [...files].sort();
  if (sorted.length > maxFiles) {
    diagnostics.push(pathError(paths.join(' '), 'too-many-files', `found ${sorted.length} manifest files, above the limit of ${maxFiles}`,
      'point secwire at the manifest directory rather than a whole tree, or raise limits.max_files in secwire.config.yaml'));
    return { files: [], diagnostics };
  }
  return { files: sorted, diagnostics };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      out.push(...(await walk(full)));
    } else if (entry.isFile() && MANIFEST_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
  return out;
}

function pathError(given: string, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, message, hint, position: { file: given, line: 1, column: 1 } };
}
