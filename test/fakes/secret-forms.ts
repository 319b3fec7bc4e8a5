// Asserts a secret appears in no common encoding (raw, base64, base64url, hex, URL-encoded, JSON-escaped) in a text.

/** The encodings a leaked secret typically takes in logs and error messages. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    bytes.toString('base64'),
    bytes.toString('base64').replace(/=+$/, ''),
    bytes.toString('base64url'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    encodeURIComponent(secret),
    new URLSearchParams({ v: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** The forms of `secret` found in `text` (empty when none leaked). */
export function leakedForms(text: string, secret: string): string[] {
  return [...new Set(secretForms(secret))].filter((form) => text.includes(form));
}

/** Throws, naming the encoding, when any form of the secret is in the text. */
export function assertNoSecret(text: string, ...secrets: string[]): void {
  for (const secret of secrets) {
    const found = leakedForms(text, secret);
    if (found.length > 0) throw new Error(`a secret leaked (${found.length} form(s), e.g. ${found[0]!.length} chars) in: ${text.slice(0, 200)}`);
  }
}
