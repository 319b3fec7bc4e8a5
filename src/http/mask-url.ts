// Masks credentials in URLs for messages: values of secret-looking query parameters, and any user:password@.

const MASK = '***';

/** Exact parameter names (compared lower-case, without - and _) that carry credentials. */
const SECRET_NAMES = new Set(['key', 'sig', 'code', 'auth', 'pwd', 'pass', 'jwt', 'session', 'sessionid', 'sid', 'ticket', 'hash', 'hmac']);
/** Name fragments that mark a credential (access_token, api_key, client_secret, x-amz-signature, …). */
const SECRET_FRAGMENTS = ['token', 'secret', 'password', 'passwd', 'apikey', 'signature', 'credential', 'privatekey', 'accesskey', 'authorization'];

/** True when a query parameter of this name carries a credential. */
export function isSecretParam(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[-_.\s]/g, '');
  return SECRET_NAMES.has(normalized) || SECRET_FRAGMENTS.some((fragment) => normalized.includes(fragment));
}

/** `search` (with or without `?`) with the value of every secret parameter replaced by `***`; other bytes untouched. */
export function maskQuery(search: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw === '') return '';
  const parts = raw.split('&').map((part) => {
    const eq = part.indexOf('=');
    const rawName = eq === -1 ? part : part.slice(0, eq);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      // A malformed escape: judge the raw name.
    }
    return eq !== -1 && isSecretParam(name) ? `${rawName}=${MASK}` : part;
  });
  return `?${parts.join('&')}`;
}

/** Path and masked query of a URL: what messages show as "the request's path". */
export function maskedPath(url: URL): string {
  return `${url.pathname}${maskQuery(url.search)}`;
}

/** The whole URL for messages: no user:password, secret parameters masked, no fragment. */
export function maskedUrl(url: URL): string {
  return `${url.protocol}//${url.host}${maskedPath(url)}`;
}
