// Chooses the asset_source integration whose `ci` block is the gate policy: the one named, or the only one.
import type { CatalogEntry } from '../catalog/types.js';
import { formatPosition } from '../manifest/diagnostics.js';
import { locate } from '../manifest/locate.js';
import type { ManifestIntegration } from '../manifest/semantic-checks.js';
import { suggest } from '../manifest/suggest.js';
import { GateInputError } from './errors.js';
import type { GatePolicy } from './types.js';

/** The catalog facts the gate needs about a type, injected so the core never loads the connector registry. */
export type EntryOf = (type: string) => Pick<CatalogEntry, 'archetype' | 'fileFormats'> | undefined;

const names = (items: readonly ManifestIntegration[]) => items.map((i) => `\`${i.document.metadata.name}\``).join(', ');

/**
 * The policy of the integration `name`, or, without a name, of the only asset_source integration that has a `ci`
 * block. Throws GateInputError when the name is unknown or of another archetype, or when the choice is none or
 * ambiguous.
 */
export function selectPolicy(integrations: readonly ManifestIntegration[], entryOf: EntryOf, name?: string): GatePolicy {
  const assetSources = integrations.filter((i) => entryOf(i.document.spec.type)?.archetype === 'asset_source');
  const hint = assetSources.length
    ? `pass --integration with one of ${names(assetSources)}`
    : 'declare an asset_source integration (`secwire catalog` lists the types) with a ci block, or pass the paths of the manifests that do';
  let chosen: ManifestIntegration | undefined;
  if (name !== undefined) {
    chosen = integrations.find((i) => i.document.metadata.name === name);
    if (chosen === undefined) {
      const guess = suggest(name, integrations.map((i) => i.document.metadata.name));
      throw new GateInputError(`integration \`${name}\` is not in the manifests${guess ? `; did you mean \`${guess}\`?` : ''}`, hint);
    }
    const archetype = entryOf(chosen.document.spec.type)?.archetype ?? 'unknown';
    if (archetype !== 'asset_source') {
      throw new GateInputError(`integration \`${name}\` is ${/^[aeiou]/.test(archetype) ? 'an' : 'a'} ${archetype} integration; the gate policy is the ci block of an asset_source integration`, hint);
    }
  } else {
    const withCi = assetSources.filter((i) => i.document.spec.ci !== undefined);
    if (withCi.length > 1) {
      throw new GateInputError(`${withCi.length} asset_source integrations have a ci block (${names(withCi)}); which policy applies is ambiguous`, `pass --integration with one of ${names(withCi)}`);
    }
    if (withCi.length === 0) {
      throw new GateInputError(
        assetSources.length
          ? `no asset_source integration has a ci block (${names(assetSources)}), so there is no gate policy`
          : 'the manifests declare no asset_source integration, so there is no gate policy',
        assetSources.length ? 'add ci: { gate: { block: [critical, high] } } to the integration the gate runs for' : hint,
      );
    }
    chosen = withCi[0]!;
  }
  const ci = chosen.document.spec.ci;
  const integration = chosen.document.metadata.name;
  if (ci === undefined) {
    throw new GateInputError(`integration \`${integration}\` has no ci block, so it declares no gate`, 'add ci: { gate: { block: [critical, high] } } to it');
  }
  return {
    integration,
    declaredAt: formatPosition(locate(chosen.source, ['spec', 'ci'], { key: true })),
    ...(ci.branches !== undefined ? { branches: [...ci.branches] } : {}),
    block: [...(ci.gate?.block ?? [])],
    warn: [...(ci.gate?.warn ?? [])],
  };
}
