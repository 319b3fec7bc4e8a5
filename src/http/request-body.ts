// Encodes a request body and says its default Content-Type: JSON for objects, forms, text and bytes as they are.

export interface EncodedBody {
  readonly bytes: Buffer;
  readonly contentType: string;
}

export function encodeBody(body: unknown): EncodedBody | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8'), contentType: 'text/plain; charset=utf-8' };
  if (body instanceof Uint8Array) return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentType: 'application/octet-stream' };
  if (body instanceof URLSearchParams) return { bytes: Buffer.from(body.toString(), 'utf8'), contentType: 'application/x-www-form-urlencoded' };
  return { bytes: Buffer.from(JSON.stringify(body), 'utf8'), contentType: 'application/json' };
}

/** JSON when the Content-Type says so (application/json, application/*+json) and it parses, else the text. */
export function decodeBody(bytes: Buffer, contentType: string | null): unknown {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '' || !contentType || !/[/+]json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
