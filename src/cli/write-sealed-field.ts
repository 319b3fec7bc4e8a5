// Puts a sealed value into a manifest document in place; the rest of the file stays byte-identical where possible.
import { readFile, writeFile } from 'node:fs/promises';
import { isMap, isScalar } from 'yaml';
import type { SourceDocument } from '../manifest/source-file.js';

export async function writeSealedField(source: SourceDocument, fieldPath: string, sealed: string): Promise<void> {
  const [block, name] = fieldPath.split('.') as [string, string];
  const text = await readFile(source.file, 'utf8');
  const existing = source.doc.getIn(['spec', block, name, 'sealed'], true);
  if (isScalar(existing) && existing.range) {
    // Replace just the scalar: comments, order and formatting around it are untouched.
    const [start, end] = existing.range;
    await writeFile(source.file, `${text.slice(0, start)}"${sealed}"${text.slice(end)}`);
    return;
  }
  // No sealed value yet: set it through the Document API, which keeps comments, and rewrite this document only.
  const doc = source.doc;
  const value = doc.createNode({ sealed });
  if (isMap(value)) value.flow = true;
  doc.setIn(['spec', block, name], value);
  const [docStart, , docEnd] = doc.range;
  await writeFile(source.file, `${text.slice(0, docStart)}${doc.toString().replace(/^---\n/, '')}${text.slice(docEnd)}`);
}
