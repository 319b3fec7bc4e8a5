// `secwire catalog [TYPE] [--json]`: the connector catalog as a table, one type in detail, or JSON.
import { connectorTypes, findConnector, listConnectors } from '../catalog/registry.js';
import type { CatalogEntry, FieldDescriptor } from '../catalog/types.js';
import { suggest } from '../manifest/suggest.js';
import { processTerminal, type Terminal } from './terminal.js';
import { UserError } from './user-error.js';
import '../connectors/index.js';

export const CATALOG_FORMAT_VERSION = '1';

export async function runCatalog(type: string | undefined, options: { json?: boolean }, term: Terminal = processTerminal()): Promise<number> {
  const entries = type ? [entryOf(type)] : listConnectors().map((c) => c.entry);
  if (options.json) {
    const body = type ? entries[0] : { format_version: CATALOG_FORMAT_VERSION, types: entries };
    term.out(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    term.out(type ? detail(entries[0]!, term) : table(entries));
  }
  return 0;
}

function entryOf(type: string): CatalogEntry {
  const entry = findConnector(type)?.entry;
  if (!entry) {
    const guess = suggest(type, connectorTypes());
    throw new UserError(`unknown type \`${type}\`${guess ? `; did you mean \`${guess}\`?` : ''}`, 'run `secwire catalog` to list every type');
  }
  return entry;
}

function table(entries: readonly CatalogEntry[]): string {
  const rows = [['TYPE', 'NAME', 'CATEGORY', 'ARCHETYPE', 'CAPABILITIES']];
  for (const e of entries) rows.push([e.type, e.displayName, e.category, e.archetype, e.capabilities.join(', ')]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
  return `${lines.join('\n')}\n\n${entries.length} types. \`secwire catalog TYPE\` shows one in detail.\n`;
}

function detail(e: CatalogEntry, term: Terminal): string {
  const lines = [
    `${term.style('bold', e.displayName)} (${e.type})`,
    e.description,
    '',
    `category:      ${e.category}`,
    `archetype:     ${e.archetype}`,
    `capabilities:  ${e.capabilities.join(', ')}`,
  ];
  if (e.fileFormats?.length) lines.push(`file formats:  ${e.fileFormats.join(', ')}`);
  lines.push(`severity:      ${e.severity.description}`);
  const mapping = Object.entries(e.severity.mapping);
  if (mapping.length) lines.push(`               ${mapping.map(([k, v]) => `${k} → ${v}`).join(', ')}`);
  lines.push('', 'auth:', ...fields(e.auth), '', 'config:', ...fields(e.config));
  if (e.docsUrl) lines.push('', `docs: ${e.docsUrl}`);
  return `${lines.join('\n')}\n`;
}

function fields(list: readonly FieldDescriptor[]): string[] {
  if (!list.length) return ['  (none)'];
  return list.map((f) => {
    const flags = [f.kind, f.required ? 'required' : f.requiredWhen ? `required when ${f.requiredWhen.field}=${f.requiredWhen.equals}` : 'optional'];
    if (f.default !== undefined) flags.push(`default ${JSON.stringify(f.default)}`);
    if (f.enum) flags.push(`one of ${f.enum.join('|')}`);
    return `  ${f.name} (${flags.join(', ')})\n      ${f.description}`;
  });
}
