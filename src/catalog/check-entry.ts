// Structural checks on a catalog entry, run at registration so a broken vendor folder fails fast.
import { ARCHETYPES, CAPABILITIES, CATEGORIES, FIELD_KINDS, SEVERITIES } from './types.js';
import type { CatalogEntry, FieldDescriptor } from './types.js';

const TYPE_ID = /^[a-z][a-z0-9_]*$/;
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

export function checkEntry(entry: CatalogEntry): void {
  const problems: string[] = [];
  const where = `connector "${entry.type}"`;
  if (!TYPE_ID.test(entry.type)) problems.push('type must be lower-case snake_case');
  if (!entry.displayName) problems.push('displayName is empty');
  if (!entry.description) problems.push('description is empty');
  if (!CATEGORIES.includes(entry.category)) problems.push(`unknown category ${entry.category}`);
  if (!ARCHETYPES.includes(entry.archetype)) problems.push(`unknown archetype ${entry.archetype}`);
  for (const cap of entry.capabilities) {
    if (!CAPABILITIES.includes(cap)) problems.push(`unknown capability ${cap}`);
  }
  if (entry.capabilities.includes('file_import') && !entry.fileFormats?.length) {
    problems.push('file_import needs fileFormats');
  }
  for (const [native, normalized] of Object.entries(entry.severity.mapping)) {
    if (!SEVERITIES.includes(normalized)) problems.push(`severity "${native}" maps to unknown ${normalized}`);
  }
  problems.push(...checkFields('auth', entry.auth), ...checkFields('config', entry.config));
  for (const [label, path] of destinationPaths(entry)) {
    const [block, name] = path.split('.');
    const fields = block === 'auth' ? entry.auth : block === 'config' ? entry.config : undefined;
    const field = fields?.find((f) => f.name === name);
    if (!field || field.kind !== 'url') problems.push(`${label} ${path} is not a url field`);
  }
  if (entry.extraDestinationFields?.length && !entry.destinationField) problems.push('extraDestinationFields needs a destinationField');
  if (entry.ciEnvironment && entry.archetype !== 'asset_source') problems.push('ciEnvironment belongs to asset_source types');
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
}

function destinationPaths(entry: CatalogEntry): [string, string][] {
  return [
    ...(entry.destinationField ? [['destinationField', entry.destinationField] as [string, string]] : []),
    ...(entry.extraDestinationFields ?? []).map((path): [string, string] => ['extraDestinationFields', path]),
  ];
}

function checkFields(block: string, fields: readonly FieldDescriptor[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    const at = `${block}.${f.name}`;
    if (!FIELD_NAME.test(f.name)) problems.push(`${at}: name must be snake_case`);
    if (seen.has(f.name)) problems.push(`${at}: declared twice`);
    seen.add(f.name);
    if (!FIELD_KINDS.includes(f.kind)) problems.push(`${at}: unknown kind ${f.kind}`);
    if (!f.description) problems.push(`${at}: description is empty`);
    if (f.kind === 'enum' && !f.enum?.length) problems.push(`${at}: enum field without values`);
    if (f.kind === 'secret' && f.default !== undefined) problems.push(`${at}: a secret cannot have a default`);
    if (f.requiredWhen) {
      if (f.required) problems.push(`${at}: requiredWhen and required both set`);
      const other = fields.find((o) => o.name === f.requiredWhen?.field);
      if (!other) problems.push(`${at}: requiredWhen names unknown field ${f.requiredWhen.field}`);
    }
  }
  return problems;
}
