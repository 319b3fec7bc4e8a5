// The one base64 variant used throughout secwire: standard alphabet WITH padding (libsodium base64_variants.ORIGINAL, as GitHub uses).

/** Name of the project-wide base64 variant; its libsodium equivalent is `base64_variants.ORIGINAL`. */
export const BASE64_VARIANT = 'standard-padded' as const;

const STANDARD_PADDED = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Encodes bytes as standard padded base64. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Strictly decodes standard padded base64 (canonical form only); returns null when the input is not valid. */
export function fromBase64(text: string): Uint8Array | null {
  if (!STANDARD_PADDED.test(text)) return null;
  const buf = Buffer.from(text, 'base64');
  const canonical = buf.toString('base64') === text;
  // Copy out of Node's shared Buffer pool so the caller can zero key material without it lingering in the pool.
  const bytes = canonical ? new Uint8Array(buf) : null;
  buf.fill(0);
  return bytes;
}
