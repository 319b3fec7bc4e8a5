// Maps a path inside a parsed document to its source position.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { SourcePosition } from './diagnostics.js';
import type { SourceDocument } from './source-file.js';

export type DocPath = readonly (string | number)[];

/**
 * Position of the value at `docPath`, or of its key when `key` is set.
 * A path that does not exist points at its nearest existing ancestor.
 */
export function locate(source: SourceDocument, docPath: DocPath, opts: { key?: boolean } = {}): SourcePosition {
  let node: unknown = source.doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < docPath.length; i++) {
    const segment = docPath[i]!;
    const isLast = i === docPath.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(segment));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (keyStart !== undefined) best = keyStart;
      if (isLast && opts.key) break;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    const start = rangeStart(node);
    if (start !== undefined) best = start;
  }
  const { line, col } = source.lineCounter.linePos(best);
  return { file: source.file, line, column: col };
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `spec.auth.api_token`, `spec.ci.branches[1]`. */
export function dottedPath(docPath: DocPath): string {
  return docPath.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** Splits an ajv instancePath (`/spec/auth/0`) into path segments. */
export function fromPointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
