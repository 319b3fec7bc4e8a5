// Where an integration's credentials are sent: its destination field and any extra destinations (values or defaults).
import type { CatalogEntry } from './types.js';

type Blocks = { readonly auth?: Readonly<Record<string, unknown>>; readonly config?: Readonly<Record<string, unknown>> };

/**
 * Where the credentials go, as sealed values are bound to it: the destination URL, followed by each extra destination
 * set in the manifest (space-separated, as URLs hold no spaces); null for types that talk to nothing (file imports).
 */
export function destinationUrl(entry: CatalogEntry, spec: Blocks): string | null {
  if (!entry.destinationField) return null;
  const primary = fieldUrl(entry, spec, entry.destinationField);
  if (primary === null) return null;
  // Extra destinations count when set: their defaults (a vendor's own token server) need no binding.
  const extras = (entry.extraDestinationFields ?? []).map((path) => setValue(spec, path)).filter((url): url is string => url !== undefined && url !== '');
  return [primary, ...extras].join(' ');
}

function setValue(spec: Blocks, path: string): string | undefined {
  const [block, name] = path.split('.') as ['auth' | 'config', string];
  const value = spec[block]?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** A url field's value, or its default, or null. */
function fieldUrl(entry: CatalogEntry, spec: Blocks, path: string): string | null {
  const [block, name] = path.split('.') as ['auth' | 'config', string];
  const value = spec[block]?.[name];
  if (typeof value === 'string') return value;
  const fallback = entry[block].find((f) => f.name === name)?.default;
  return typeof fallback === 'string' ? fallback : null;
}

/** Field paths (`auth.api_token`) of every secret field the type declares. */
export function secretFieldPaths(entry: CatalogEntry): string[] {
  return (['auth', 'config'] as const).flatMap((block) => entry[block].filter((f) => f.kind === 'secret').map((f) => `${block}.${f.name}`));
}
