// Token and cursor pagination: an opaque next token sent back as a parameter (nextPageToken, continuation
// tokens, cursors), or a next URL carried in the body (JSON:API links.next, Bitbucket `next`).
import { fetchPage, PageGuard, type PageOptions, type ParamPlacement } from './paginate-core.js';
import type { HttpClient, HttpResponse } from './types.js';

export interface TokenPageOptions<T, B> extends PageOptions<T, B> {
  /** The next token from a page (body or header); empty or absent ends the walk. */
  readonly nextToken: (body: B, response: HttpResponse<B>) => string | null | undefined;
  /** The parameter the token goes back in; default `pageToken`. */
  readonly tokenParam?: string;
  readonly placement?: ParamPlacement;
}

/** Yields every item, sending each page's token back as `tokenParam` until a page has none. */
export async function* paginateToken<T, B = unknown>(client: HttpClient, options: TokenPageOptions<T, B>): AsyncGenerator<T, void, undefined> {
  const tokenParam = options.tokenParam ?? 'pageToken';
  const placement = options.placement ?? 'query';
  const guard = new PageGuard(options.request.path, options.maxPages);
  let token: string | undefined;
  for (;;) {
    const response = await fetchPage<B>(client, options.request, token === undefined ? {} : { [tokenParam]: token }, placement);
    const items = options.items(response.body, response) ?? [];
    for (const item of items) yield item;
    const next = options.nextToken(response.body, response);
    if (next === null || next === undefined || next === '') return;
    guard.next(next);
    token = next;
  }
}

export interface NextUrlPageOptions<T, B> extends PageOptions<T, B> {
  /** The next page's URL or path from a page; absent ends the walk. */
  readonly nextUrl: (body: B, response: HttpResponse<B>) => string | null | undefined;
  /**
   * How a relative next URL is read: `response` resolves it against the page's URL (as a browser would, so
   * `/x` is from the host's root); `client` joins it under the client's base URL (vendors whose links omit the
   * API prefix). Default response.
   */
  readonly relativeTo?: 'response' | 'client';
}

/** Yields every item, following the next URL each page carries in its body (same origin only). */
export async function* paginateNextUrl<T, B = unknown>(client: HttpClient, options: NextUrlPageOptions<T, B>): AsyncGenerator<T, void, undefined> {
  const guard = new PageGuard(options.request.path, options.maxPages);
  let response = await fetchPage<B>(client, options.request, {}, 'query');
  for (;;) {
    const items = options.items(response.body, response) ?? [];
    for (const item of items) yield item;
    const next = options.nextUrl(response.body, response);
    if (!next) return;
    const path = options.relativeTo === 'client' && !/^[a-z][a-z0-9+.-]*:/i.test(next) ? next : new URL(next, response.url).href;
    guard.next(path);
    const { query: _query, body: _body, ...rest } = options.request;
    response = await client.request<B>({ ...rest, method: options.request.method ?? 'GET', path });
  }
}
