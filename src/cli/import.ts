// `secwire import NAME [--out FILE]`: writes the manifest document of a hub record so it can be adopted. Read-only:
// the store is not changed (the next apply adopts the record once it is declared), and no secret is ever decrypted.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { importDocument } from '../engine/import-document.js';
import { commandContext, type GlobalOptions } from './context.js';
import { backendOf, locationOf, openExistingStore, recordNamed } from './state.js';
import { UserError } from './user-error.js';

export interface ImportOptions extends GlobalOptions {
  readonly backend?: string;
  readonly out?: string;
}

export async function runImport(name: string, options: ImportOptions): Promise<number> {
  const ctx = await commandContext(options);
  const backend = backendOf(ctx, options.backend);
  const location = locationOf(ctx, backend);
  const store = await openExistingStore(ctx, backend);
  let records: Awaited<ReturnType<NonNullable<typeof store>['list']>> = [];
  try {
    if (store) records = await store.list();
  } finally {
    await store?.close();
  }
  const record = recordNamed(records, name, location);
  const outFile = options.out ? path.resolve(ctx.cwd, options.out) : undefined;
  const shown = outFile ? path.relative(ctx.cwd, outFile) || outFile : undefined;
  let imported: ReturnType<typeof importDocument>;
  try {
    imported = importDocument(record, { backend: location, ...(shown ? { sealInto: shown } : {}) });
  } catch (error) {
    throw new UserError(`cannot import \`${name}\`: ${(error as Error).message}`, '`secwire catalog` lists the types this secwire knows; upgrade secwire if the hub is newer');
  }
  const text = imported.doc.toString();
  if (record.managed) {
    ctx.term.err(`Note: \`${name}\` is already managed by secwire${record.source_file ? ` (declared in ${record.source_file})` : ''}; this is its document as the hub holds it.\n`);
  }
  if (!outFile) {
    ctx.term.out(text);
    return 0;
  }
  const existing = await readFile(outFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${shown}: ${error.code ?? error.message}`, 'pass a manifest file you can write, or omit --out to print the document');
  });
  if (existing !== undefined && declares(existing, name)) {
    throw new UserError(`${shown} already declares \`${name}\``, 'edit that document instead, or import into another file');
  }
  const content = existing === undefined || existing.trim() === '' ? text : `${existing}${existing.endsWith('\n') ? '' : '\n'}---\n${text}`;
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, content);
  const n = imported.placeholders.length;
  ctx.term.err(
    `${existing === undefined ? 'Wrote' : 'Appended'} \`${name}\` (${record.type}) to ${shown}.` +
      (n
        ? ` Seal its ${n === 1 ? 'secret' : `${n} secrets`} with the command${n === 1 ? '' : 's'} in the comments, e.g.:\n  printf %s "$VALUE" | secwire seal --integration ${name} --field ${imported.placeholders[0]} --write ${shown}\n`
        : '\n') +
      (record.managed ? 'Then `secwire plan` compares it with the hub.\n' : 'Then `secwire plan` shows the record adopted, and `secwire apply` makes secwire manage it.\n'),
  );
  return 0;
}

/** True when a document of the file already has this metadata.name (a second one would be a duplicate). */
function declares(text: string, name: string): boolean {
  for (const doc of parseAllDocuments(text)) {
    let value: { metadata?: { name?: unknown } } | null;
    try {
      value = doc.toJS({ maxAliasCount: 100 }) as typeof value;
    } catch {
      continue;
    }
    if (value?.metadata?.name === name) return true;
  }
  return false;
}
