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

/**
 * Normalises a URL (or null/"null" for "no destination") to the origin bound into sealed values. A space-separated
 * list of URLs (a destination and its extra destinations) becomes the list of their origins, in order.
 */
export function normalizeOrigin(url: string | null | undefined): string {
  if (url === null || url === undefined || url === NULL_ORIGIN) return NULL_ORIGIN;
  const urls = url.trim().split(/\s+/);
  if (urls.length > 1 && urls.every((one) => one === NULL_ORIGIN || /^[a-z][a-z0-9+.-]*:\/\//i.test(one))) {
    if (urls.includes(NULL_ORIGIN)) throw new OriginError(`\`${url}\` mixes "null" with destinations`, 'list only scheme://host[:port] origins');
    return urls.map((one) => normalizeOrigin(one)).join(' ');
  }
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
