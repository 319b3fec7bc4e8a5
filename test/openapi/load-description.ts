// Loads a vendor's published API description from ../shared/openapi/ (JSON or YAML, BOM tolerated), once per process.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Where the published descriptions live (see PROVENANCE.md there); SECWIRE_OPENAPI_DIR overrides. */
export const OPENAPI_DIR = process.env.SECWIRE_OPENAPI_DIR ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'openapi');

export type ApiDescription = Record<string, unknown>;

const cache = new Map<string, ApiDescription>();

export function hasDescription(file: string): boolean {
  return existsSync(path.join(OPENAPI_DIR, file));
}

/** The parsed document; JSON files are parsed as JSON, .yaml/.yml as YAML. */
export function loadDescription(file: string): ApiDescription {
  const cached = cache.get(file);
  if (cached) return cached;
  // Azure DevOps files start with a UTF-8 BOM, as published.
  const text = readFileSync(path.join(OPENAPI_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const doc = (/\.ya?ml$/i.test(file) ? parseYaml(text, { maxAliasCount: -1 }) : JSON.parse(text)) as ApiDescription;
  if (!doc || typeof doc !== 'object' || !('paths' in doc)) throw new Error(`${file} is not an OpenAPI or Swagger document (no paths)`);
  cache.set(file, doc);
  return doc;
}
