// Checks sealed values without any key: their clear header must name this integration, field and destination.
import { findConnector } from '../catalog/registry.js';
import { destinationUrl, secretFieldPaths } from '../catalog/destination.js';
import { checkSealedScope } from '../secrets/sealed-scope.js';
import { readSealedHeader, type SealedHeader } from '../secrets/sealed-header.js';
import type { Diagnostic } from './diagnostics.js';
import { locate } from './locate.js';
import type { ManifestIntegration } from './semantic-checks.js';

export interface SealedCheckOptions {
  /** Id of the repository's current public key; a value sealed to another key gets a warning to reseal. */
  readonly currentKeyId?: string;
}

export function checkSealedValues(integrations: readonly ManifestIntegration[], options: SealedCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const item of integrations) {
    const { spec, metadata } = item.document;
    const entry = findConnector(spec.type)?.entry;
    if (!entry) continue;
    let origin: string | null;
    try {
      origin = destinationUrl(entry, spec);
      // The destination and any extra destinations, space-separated: each must parse (a bad one is reported by the URL check).
      for (const url of origin?.split(' ') ?? []) new URL(url);
    } catch {
      continue; // an invalid URL is already reported by the URL check
    }
    for (const fieldPath of secretFieldPaths(entry)) {
      const [block, name] = fieldPath.split('.') as ['auth' | 'config', string];
      const value = spec[block]?.[name];
      if (!value || typeof value !== 'object' || !('sealed' in value)) continue;
      const at = ['spec', block, name, 'sealed'];
      const report = (code: string, message: string, hint?: string, severity: Diagnostic['severity'] = 'error') =>
        out.push({ severity, code, message, ...(hint ? { hint } : {}), position: locate(item.source, at), document: metadata.name, path: `spec.${fieldPath}` });
      let header: SealedHeader;
      try {
        header = readSealedHeader(value.sealed);
      } catch (error) {
        report('sealed-format', `\`${fieldPath}\`: ${(error as Error).message}`, (error as { hint?: string }).hint ?? `seal it again with \`secwire seal --integration ${metadata.name} --field ${fieldPath}\``);
        continue;
      }
      for (const mismatch of checkSealedScope(header, { integration: metadata.name, field: fieldPath, origin })) {
        report(`sealed-${mismatch.kind}-mismatch`, `\`${fieldPath}\` is ${mismatch.message}`);
      }
      if (options.currentKeyId && header.kid !== options.currentKeyId) {
        report('sealed-old-key', `\`${fieldPath}\` is sealed to key ${header.kid}, not the current key ${options.currentKeyId}`,
          'run `secwire reseal` to move every sealed value to the current key', 'warning');
      }
    }
  }
  return out;
}
