// Reduces a destination URL to its origin (scheme://host[:port], host lowercased, default port dropped) for sealing scope.
import { OriginError } from './errors.js';

/** The origin string used when an integration type has no destination. */
export const NULL_ORIGIN = 'null';

const DEFAULT_PORTS: Readonly<Record<string, string>> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
  'ldap:': '389',
  'ldaps:': '636',
};

/** Normalises a URL (or null/"null" for "no destination") to the origin bound into sealed values. */
export function normalizeOrigin(url: string | null | undefined): string {
  if (url === null || url === undefined || url === NULL_ORIGIN) return NULL_ORIGIN;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OriginError(
      `\`${url}\` is not an absolute URL, so its origin cannot be bound to a sealed value`,
      'write the destination as scheme://host[:port], e.g. https://acme.atlassian.net',
    );
  }
  const scheme = parsed.protocol.toLowerCase();
  const host = parsed.hostname.toLowerCase();
  if (host === '') {
    throw new OriginError(
      `\`${url}\` has no host, so its origin cannot be bound to a sealed value`,
      'write the destination as scheme://host[:port], e.g. https://acme.atlassian.net',
    );
  }
  const port = parsed.port === '' || DEFAULT_PORTS[scheme] === parsed.port ? '' : `:${parsed.port}`;
  return `${scheme}//${host}${port}`;
}

/** True when the text is already a normalised origin (or "null"). */
export function isNormalizedOrigin(text: string): boolean {
  try {
    return normalizeOrigin(text) === text;
  } catch {
    return false;
  }
}
