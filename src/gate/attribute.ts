// Whose import_severity_threshold applies to a findings format: the scanner or pull_only integration whose type
// imports that format, when exactly one does; or the integration named with --scanner.
import type { FileFormat } from '../catalog/types.js';
import type { ManifestIntegration } from '../manifest/semantic-checks.js';
import { suggest } from '../manifest/suggest.js';
import { GateInputError } from './errors.js';
import type { EntryOf } from './policy.js';
import type { Attribution } from './types.js';

const IMPORTING = new Set(['scanner', 'pull_only']);

function attributed(item: ManifestIntegration, by: 'format' | 'flag'): Attribution {
  const threshold = item.document.spec.import_severity_threshold;
  return { kind: 'integration', integration: item.document.metadata.name, ...(threshold !== undefined ? { threshold } : {}), by };
}

/** One attribution per format. `scanner` names the integration for every format and must be scanner or pull_only. */
export function attributeFormats(
  integrations: readonly ManifestIntegration[],
  formats: Iterable<FileFormat>,
  entryOf: EntryOf,
  scanner?: string,
): Map<FileFormat, Attribution> {
  const out = new Map<FileFormat, Attribution>();
  const importing = integrations.filter((i) => IMPORTING.has(entryOf(i.document.spec.type)?.archetype ?? ''));
  if (scanner !== undefined) {
    const named = integrations.find((i) => i.document.metadata.name === scanner);
    const hint = importing.length
      ? `name a scanner or pull_only integration: ${importing.map((i) => `\`${i.document.metadata.name}\``).join(', ')}`
      : 'the manifests declare no scanner or pull_only integration; drop --scanner';
    if (named === undefined) {
      const guess = suggest(scanner, integrations.map((i) => i.document.metadata.name));
      throw new GateInputError(`--scanner names \`${scanner}\`, which is not in the manifests${guess ? `; did you mean \`${guess}\`?` : ''}`, hint);
    }
    if (!importing.includes(named)) {
      throw new GateInputError(`--scanner names \`${scanner}\`, which is not a scanner or pull_only integration (it has no import_severity_threshold)`, hint);
    }
    for (const format of formats) out.set(format, attributed(named, 'flag'));
    return out;
  }
  for (const format of formats) {
    if (out.has(format)) continue;
    const candidates = importing.filter((i) => entryOf(i.document.spec.type)?.fileFormats?.includes(format));
    if (candidates.length === 1) out.set(format, attributed(candidates[0]!, 'format'));
    else if (candidates.length === 0) out.set(format, { kind: 'none' });
    else out.set(format, { kind: 'ambiguous', candidates: candidates.map((i) => i.document.metadata.name) });
  }
  return out;
}
