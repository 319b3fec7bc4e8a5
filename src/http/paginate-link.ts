// Link-header pagination (GitHub, GitLab, ServiceNow): follow rel="next" until there is none.
import { linkTarget } from './link-header.js';
import { fetchPage, PageGuard, type PageOptions } from './paginate-core.js';
import type { HttpClient } from './types.js';

export interface LinkPageOptions<T, B> extends PageOptions<T, B> {
  /** Default next. */
  readonly rel?: string;
}

/**
 * Yields every item. The next URL is resolved against the page's URL and must stay on the client's origin
 * (another origin is refused by the client: credentials never follow a link elsewhere).
 */
export async function* paginateLinkHeader<T, B = unknown>(client: HttpClient, options: LinkPageOptions<T, B>): AsyncGenerator<T, void, undefined> {
  const guard = new PageGuard(options.request.path, options.maxPages);
  let response = await fetchPage<B>(client, options.request, {}, 'query');
  for (;;) {
    const items = options.items(response.body, response) ?? [];
    for (const item of items) yield item;
    const next = linkTarget(response.headers.get('link'), options.rel ?? 'next');
    if (!next) return;
    const url = new URL(next, response.url).href;
    guard.next(url);
    // The next URL carries the query already: only method, headers and timeouts carry over.
    const { query: _query, body: _body, ...rest } = options.request;
    response = await client.request<B>({ ...rest, method: options.request.method ?? 'GET', path: url });
  }
}
