// A response body made fit for an error message: redacted first, then stripped of control characters and truncated.
import type { Redactor } from '../secrets/redactor.js';

export const BODY_EXCERPT_CHARS = 300;

/** undefined for an empty body. Redacts before truncating, so a secret cut at the edge cannot leak a prefix. */
export function bodyExcerpt(body: string, using: Redactor, max: number = BODY_EXCERPT_CHARS): string | undefined {
  const clean = using
    .redact(body)
    // Terminal escapes and other control characters from a hostile or broken server.
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '') return undefined;
  // Once more: cleaning could have joined the parts of a secret split by control characters.
  const safe = using.redact(clean);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}
