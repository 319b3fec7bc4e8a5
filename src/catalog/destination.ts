// Where an integration's credentials are sent: the value of its destination field, or that field's default.
import type { CatalogEntry } from './types.js';

type Blocks = { readonly auth?: Readonly<Record<string, unknown>>; readonly config?: Readonly<Record<string, unknown>> };

/** The destination URL, or null for types that talk to nothing (file imports). */
export function destinationUrl(entry: CatalogEntry, spec: Blocks): string | null {
  if (!entry.destinationField) return null;
  const [block, name] = entry.destinationField.split('.') as ['auth' | 'config', string];
  const value = spec[block]?.[name];
  if (typeof value === 'string') return value;
  const fallback = entry[block].find((f) => f.name === name)?.default;
  return typeof fallback === 'string' ? fallback : null;
}

/** Field paths (`auth.api_token`) of every secret field the type declares. */
export function secretFieldPaths(entry: CatalogEntry): string[] {
  return (['auth', 'config'] as const).flatMap((block) => entry[block].filter((f) => f.kind === 'secret').map((f) => `${block}.${f.name}`));
}
