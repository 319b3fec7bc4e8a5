// Turns "integration + manifest path" into file:line:column, for messages about values checked against a vendor.
import { formatPosition } from '../manifest/diagnostics.js';
import type { ManifestSet } from '../manifest/load-manifests.js';
import { locate } from '../manifest/locate.js';

export function manifestLocator(set: ManifestSet): (name: string, path: string) => string | undefined {
  const byName = new Map(set.integrations.map((i) => [i.document.metadata.name, i.source]));
  return (name, path) => {
    const source = byName.get(name);
    return source ? `${formatPosition(locate(source, path.split('.')))} (${path})` : undefined;
  };
}
