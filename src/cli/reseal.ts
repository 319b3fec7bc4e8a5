// `secwire reseal [paths…]`: re-encrypts every sealed value to the newest key, changing nothing else in the files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, visit, type Scalar } from 'yaml';
import { destinationUrl } from '../catalog/destination.js';
import { findConnector } from '../catalog/registry.js';
import { collectManifestFiles } from '../manifest/collect-files.js';
import { manifestPaths } from '../manifest/config.js';
import { loadSourceFile, type SourceDocument } from '../manifest/source-file.js';
import { loadKeyring, newestKey, wipeKeyring, type Keyring } from '../secrets/keyring.js';
import { readSealedHeader } from '../secrets/sealed-header.js';
import { sealValue } from '../secrets/seal.js';
import { loadSodium } from '../secrets/sodium.js';
import { unsealValue } from '../secrets/unseal.js';
import { commandContext, type GlobalOptions } from './context.js';
import { keyPaths } from './key-paths.js';
import { UserError } from './user-error.js';

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export async function runReseal(paths: string[], options: GlobalOptions): Promise<number> {
  const ctx = await commandContext(options);
  const keyring = await loadKeyring({ path: keyPaths(ctx.resolved).keyPath });
  const { files } = await collectManifestFiles(manifestPaths(paths, ctx.resolved, ctx.cwd), Number.MAX_SAFE_INTEGER);
  let changed = 0;
  let current = 0;
  const failures: string[] = [];
  try {
    for (const file of files) {
      const loaded = await loadSourceFile(file);
      const replacements: Replacement[] = [];
      for (const source of loaded.documents) {
        for (const item of sealedScalars(source)) {
          const at = `${path.relative(ctx.cwd, file)}:${source.lineCounter.linePos(item.scalar.range![0]).line}`;
          try {
            const text = await resealOne(item, keyring);
            if (text === undefined) current++;
            else replacements.push({ start: item.scalar.range![0], end: item.scalar.range![1], text });
          } catch (error) {
            failures.push(`${at}: ${(error as Error).message}`);
          }
        }
      }
      if (!replacements.length) continue;
      let text = await readFile(file, 'utf8');
      for (const r of replacements.sort((a, b) => b.start - a.start)) text = `${text.slice(0, r.start)}${r.text}${text.slice(r.end)}`;
      await writeFile(file, text);
      changed += replacements.length;
    }
  } finally {
    await wipeKeyring(keyring);
  }
  ctx.term.out(`Resealed ${changed} value${changed === 1 ? '' : 's'} to key ${newestKey(keyring).keyId}; ${current} already current.\n`);
  if (failures.length) {
    throw new UserError(`${failures.length} sealed value${failures.length === 1 ? '' : 's'} could not be resealed:\n  ${failures.join('\n  ')}`, 'fix or seal these values again; the others were resealed');
  }
  return 0;
}

interface SealedScalar {
  readonly scalar: Scalar;
  readonly integration: string;
  readonly field: string;
  readonly origin: string | null;
}

/** Every `spec.<block>.<field>.sealed` scalar of a document, with the scope it must be sealed for. */
function sealedScalars(source: SourceDocument): SealedScalar[] {
  const value = source.doc.toJS() as { metadata?: { name?: string }; spec?: { type?: string; auth?: Record<string, unknown>; config?: Record<string, unknown> } } | null;
  const name = value?.metadata?.name;
  const entry = value?.spec?.type ? findConnector(value.spec.type)?.entry : undefined;
  if (!name || !entry || !value?.spec) return [];
  const origin = destinationUrl(entry, value.spec);
  const out: SealedScalar[] = [];
  for (const block of ['auth', 'config'] as const) {
    const map = source.doc.getIn(['spec', block], true);
    if (!isMap(map)) continue;
    visit(map, {
      Pair(_key, pair, ancestors) {
        if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'sealed' || !isScalar(pair.value) || ancestors.length !== 3) return;
        const fieldPair = ancestors[1];
        if (!isPair(fieldPair) || !isScalar(fieldPair.key) || !pair.value.range || typeof pair.value.value !== 'string') return;
        out.push({ scalar: pair.value, integration: name, field: `${block}.${String(fieldPair.key.value)}`, origin });
      },
    });
  }
  return out;
}

/** The new quoted scalar, or undefined when the value is already sealed to the newest key. */
async function resealOne(item: SealedScalar, keyring: Keyring): Promise<string | undefined> {
  const sealed = String(item.scalar.value);
  const newest = newestKey(keyring);
  if (readSealedHeader(sealed).kid === newest.keyId) return undefined;
  const scope = { integration: item.integration, field: item.field, origin: item.origin };
  const plaintext = await unsealValue(sealed, { ...scope, keyring });
  try {
    return `"${await sealValue({ plaintext, publicKey: newest.publicKey, keyId: newest.keyId, ...scope })}"`;
  } finally {
    (await loadSodium()).memzero(plaintext);
  }
}
