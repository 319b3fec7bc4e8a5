// Stable finding fingerprints: sha256 hex over the format id and identity parts.
import * as crypto from 'node:crypto';
import type { FileFormat } from '../catalog/types.js';

/** One-shot sha256 hex: crypto.hash (Node ≥ 20.12) is ~2x faster than createHash for short inputs. */
const sha256hex: (data: string) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');

/** sha256 hex of the format id and the parts, NUL-separated so parts cannot run into each other. */
export function fingerprintOf(format: FileFormat, parts: readonly (string | number | undefined)[]): string {
  let data: string = format;
  for (const part of parts) data += part === undefined ? '\u0000' : '\u0000' + part;
  return sha256hex(data);
}

/** sha256 hex of the format id and one identity text (for hot loops that build the text themselves). */
export function fingerprintText(format: FileFormat, identity: string): string {
  return sha256hex(format + '\u0000' + identity);
}

/** A tool's own fingerprint map as "k=v" pairs, sorted by key, empty values dropped; undefined if none remain. */
export function toolFingerprint(map: unknown): string | undefined {
  if (map === null || typeof map !== 'object') return undefined;
  const keys = Object.keys(map).sort();
  let out = '';
  for (const key of keys) {
    const value = (map as Record<string, unknown>)[key];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    if (text.trim() === '') continue;
    out += (out ? '\u0001' : '') + key + '=' + text;
  }
  return out === '' ? undefined : out;
}

/** Collapses runs of whitespace to one space and trims, so re-indented snippets keep their fingerprint. */
export function normalizeWhitespace(text: string): string {
  const trimmed = text.trim();
  // Fast path: most texts have no tabs, line breaks or double spaces inside, and need no new string.
  return INNER_WHITESPACE_RUN.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

const INNER_WHITESPACE_RUN = /[^\S ]| {2}/;
