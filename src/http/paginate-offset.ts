// Page/offset pagination: offset+limit (Jira startAt/maxResults, ServiceNow sysparm_offset) or page numbers (SonarQube p/ps).
import { fetchPage, PageGuard, type PageOptions, type ParamPlacement } from './paginate-core.js';
import type { HttpClient, HttpResponse } from './types.js';

export interface OffsetPageOptions<T, B> extends PageOptions<T, B> {
  /** offset: the parameter counts items; page: it counts pages. Default offset. */
  readonly style?: 'offset' | 'page';
  /** Default `offset` (style offset) or `page` (style page). */
  readonly offsetParam?: string;
  /** Page size parameter; default `limit`. */
  readonly limitParam?: string;
  /** Default 100. */
  readonly pageSize?: number;
  /** First offset or page number; default 0 (offset) or 1 (page). */
  readonly start?: number;
  /** Total number of items, when the response says it. */
  readonly total?: (body: B, response: HttpResponse<B>) => number | undefined;
  /** Whether more pages follow (isLast, hasMore …), when the response says it. */
  readonly hasMore?: (body: B, response: HttpResponse<B>) => boolean | undefined;
  readonly placement?: ParamPlacement;
}

/**
 * Yields every item. Ends on an empty page, when `hasMore` says no, when the items seen reach `total`, or — with
 * neither signal — on a page shorter than `pageSize`. Offsets advance by the items received, so a server that
 * caps the page size below `pageSize` loses nothing.
 */
export async function* paginateOffset<T, B = unknown>(client: HttpClient, options: OffsetPageOptions<T, B>): AsyncGenerator<T, void, undefined> {
  const style = options.style ?? 'offset';
  const offsetParam = options.offsetParam ?? (style === 'page' ? 'page' : 'offset');
  const limitParam = options.limitParam ?? 'limit';
  const pageSize = options.pageSize ?? 100;
  const placement = options.placement ?? 'query';
  const guard = new PageGuard(options.request.path, options.maxPages);
  let position = options.start ?? (style === 'page' ? 1 : 0);
  let seen = 0;
  for (;;) {
    const response = await fetchPage<B>(client, options.request, { [offsetParam]: position, [limitParam]: pageSize }, placement);
    const items = options.items(response.body, response) ?? [];
    for (const item of items) yield item;
    seen += items.length;
    if (items.length === 0) return;
    const more = options.hasMore?.(response.body, response);
    const total = options.total?.(response.body, response);
    if (more === false) return;
    if (more === undefined) {
      if (total !== undefined && seen >= total) return;
      if (total === undefined && items.length < pageSize) return;
    }
    position = style === 'page' ? position + 1 : position + items.length;
    guard.next(String(position));
  }
}
