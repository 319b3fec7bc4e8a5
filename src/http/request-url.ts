// Builds a request's URL from the client's base URL, the path (or a same-origin absolute URL) and the query.

/** The base URL, checked: http(s) only, no user:password (credentials belong in headers), no fragment. */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`the base URL is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`the base URL must start with https:// or http://, not ${url.protocol}//`);
  if (url.username || url.password) throw new TypeError('the base URL must not carry user:password (credentials go in the auth fields)');
  url.hash = '';
  return url;
}

export type QueryValues = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * `path` joined under the base URL's path (`https://h/api/v3` + `/user` → `https://h/api/v3/user`), or an
 * absolute URL, which must have the base URL's origin (else `foreignOrigin` is set and nothing is sent).
 */
export function requestUrl(base: URL, path: string, query?: QueryValues): { url: URL; foreignOrigin?: string } {
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    url = new URL(path);
    if (url.origin !== base.origin) return { url, foreignOrigin: url.origin };
  } else {
    const basePath = base.pathname.replace(/\/+$/, '');
    const [pathPart, ...rest] = path.split('?');
    const joined = `${basePath}/${(pathPart ?? '').replace(/^\/+/, '')}`;
    url = new URL(base.origin);
    url.pathname = joined;
    url.search = rest.length > 0 ? `?${rest.join('?')}` : '';
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  if (query) {
    // Appended as text, so a query already in the path keeps its exact encoding.
    const extra = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) extra.append(name, String(value));
    }
    const text = extra.toString();
    if (text !== '') url.search = url.search ? `${url.search}&${text}` : `?${text}`;
  }
  return { url };
}
