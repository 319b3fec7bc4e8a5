// Loads a set of manifest files and checks it as a whole: the entry point of validate, plan and apply.
import { collectManifestFiles } from './collect-files.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadManifestFile, type FileResult } from './load-file.js';
import type { SealedCheckOptions } from './sealed-checks.js';
import { checkReferences, namedOf, type ManifestIntegration } from './semantic-checks.js';
import { DEFAULT_LIMITS, type LoadLimits } from './source-file.js';

export interface ManifestSet {
  readonly files: string[];
  readonly integrations: ManifestIntegration[];
  readonly diagnostics: Diagnostic[];
}

export interface LoadOptions {
  readonly limits?: LoadLimits;
  readonly maxFiles?: number;
  readonly sealed?: SealedCheckOptions;
}

export const DEFAULT_MAX_FILES = 5000;

export async function loadManifests(paths: readonly string[], options: LoadOptions = {}): Promise<ManifestSet> {
  const collected = await collectManifestFiles(paths, options.maxFiles ?? DEFAULT_MAX_FILES);
  const results: FileResult[] = [];
  // Bounded fan-out: reading is I/O, parsing is CPU; a small window keeps memory flat on large trees.
  const window = 16;
  for (let i = 0; i < collected.files.length; i += window) {
    const batch = collected.files.slice(i, i + window);
    results.push(...(await Promise.all(batch.map((f) => loadManifestFile(f, options.limits ?? DEFAULT_LIMITS, options.sealed)))));
  }
  return combineFiles(collected.files, results, collected.diagnostics);
}

/** Cross-document checks over per-file results; watch mode calls this with cached results. */
export function combineFiles(files: string[], results: readonly FileResult[], extra: readonly Diagnostic[] = []): ManifestSet {
  const integrations = results.flatMap((r) => r.integrations);
  const named = results.flatMap((r) => r.named ?? r.integrations.map(namedOf));
  const diagnostics = sortDiagnostics([...extra, ...results.flatMap((r) => r.diagnostics), ...checkReferences(integrations, named)]);
  return { files, integrations, diagnostics };
}
