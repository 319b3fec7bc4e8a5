// Finds a document by metadata.name in manifest files, even when the document is not valid yet.
import { collectManifestFiles } from './collect-files.js';
import { loadSourceFile, DEFAULT_LIMITS, type LoadLimits, type SourceDocument } from './source-file.js';

export interface FoundDocument {
  readonly source: SourceDocument;
  readonly value: Record<string, unknown>;
}

export async function findDocumentByName(paths: readonly string[], name: string, limits: LoadLimits = DEFAULT_LIMITS): Promise<FoundDocument | undefined> {
  const { files } = await collectManifestFiles(paths, Number.MAX_SAFE_INTEGER);
  for (const file of files) {
    const loaded = await loadSourceFile(file, limits);
    for (const source of loaded.documents) {
      let value: unknown;
      try {
        value = source.doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch {
        continue;
      }
      if (value && typeof value === 'object' && (value as { metadata?: { name?: unknown } }).metadata?.name === name) {
        return { source, value: value as Record<string, unknown> };
      }
    }
  }
  return undefined;
}
