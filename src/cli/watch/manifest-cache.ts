// Keeps each manifest file's result until that file changes, so a save re-reads one file, not the tree.
import path from 'node:path';
import { collectManifestFiles } from '../../manifest/collect-files.js';
import type { Diagnostic } from '../../manifest/diagnostics.js';
import { loadManifestFile, type FileResult } from '../../manifest/load-file.js';
import { combineFiles, type ManifestSet } from '../../manifest/load-manifests.js';
import type { SealedCheckOptions } from '../../manifest/sealed-checks.js';
import type { LoadLimits } from '../../manifest/source-file.js';

export class ManifestCache {
  private readonly results = new Map<string, FileResult>();
  private files: string[] = [];
  private listing: Diagnostic[] = [];

  constructor(
    private paths: readonly string[],
    private limits: LoadLimits & { maxFiles: number },
    private sealed: SealedCheckOptions = {},
  ) {}

  /** New paths, limits or key (the config or the public key changed): everything is read again. */
  reset(paths: readonly string[], limits: LoadLimits & { maxFiles: number }, sealed: SealedCheckOptions): void {
    this.paths = paths;
    this.limits = limits;
    this.sealed = sealed;
    this.results.clear();
  }

  /**
   * Re-reads the changed files. `relist` when files may have appeared or gone (add, unlink, rename):
   * the tree is walked again, and only files not yet cached are read.
   */
  async refresh(changed: ReadonlySet<string>, relist: boolean): Promise<ManifestSet> {
    if (relist || !this.files.length) {
      const collected = await collectManifestFiles(this.paths, this.limits.maxFiles);
      this.files = collected.files;
      this.listing = collected.diagnostics;
      const keep = new Set(this.files.map((f) => path.resolve(f)));
      for (const file of this.results.keys()) if (!keep.has(file)) this.results.delete(file);
    }
    for (const file of changed) this.results.delete(path.resolve(file));
    const missing = this.files.filter((f) => !this.results.has(path.resolve(f)));
    const loaded = await Promise.all(missing.map((f) => loadManifestFile(f, this.limits, this.sealed)));
    missing.forEach((f, i) => this.results.set(path.resolve(f), loaded[i]!));
    return combineFiles(this.files, this.files.map((f) => this.results.get(path.resolve(f))!), this.listing);
  }
}
