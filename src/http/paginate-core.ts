// What every pagination helper shares: page options, the request of one page, loop and runaway guards, collect().
import { redactor } from '../secrets/redactor.js';
import { maskQuery } from './mask-url.js';
import type { HttpClient, HttpMethod, HttpRequest, HttpResponse } from './types.js';

/** The first page's request; method defaults to GET. */
export type PageRequest = Omit<HttpRequest, 'method'> & { readonly method?: HttpMethod };

export interface PageOptions<T, B> {
  readonly request: PageRequest;
  /** The items of one page (undefined or an empty list ends the walk). */
  readonly items: (body: B, response: HttpResponse<B>) => readonly T[] | undefined;
  /** Stops with PaginationError beyond this many pages (default 10 000): a server that never says "last". */
  readonly maxPages?: number;
}

/** Where a page parameter goes: the query string, or a field of the JSON body (POST search endpoints). */
export type ParamPlacement = 'query' | 'body';

export const DEFAULT_MAX_PAGES = 10_000;

export class PaginationError extends Error {
  override readonly name = 'PaginationError';

  constructor(message: string) {
    super(redactor.redact(message));
  }
}

/** Fetches one page: the base request with extra query or body fields. */
export function fetchPage<B>(client: HttpClient, base: PageRequest, fields: Readonly<Record<string, string | number>>, placement: ParamPlacement): Promise<HttpResponse<B>> {
  const method = base.method ?? 'GET';
  if (placement === 'body') {
    const body = base.body === undefined ? {} : base.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new PaginationError('page fields can only be added to a JSON object body');
    return client.request<B>({ ...base, method, body: { ...(body as Record<string, unknown>), ...fields } });
  }
  return client.request<B>({ ...base, method, query: { ...base.query, ...fields } });
}

/** Counts pages and refuses a cursor, token or URL seen before (a server looping would never end). */
export class PageGuard {
  private pages = 0;
  private readonly seen = new Set<string>();

  private readonly path: string;

  constructor(
    path: string,
    private readonly maxPages: number = DEFAULT_MAX_PAGES,
  ) {
    const at = path.indexOf('?');
    this.path = at === -1 ? path : `${path.slice(0, at)}${maskQuery(path.slice(at))}`;
  }

  /** Call before fetching each page after the first, with what identifies it. */
  next(key: string): void {
    this.pages++;
    if (this.pages >= this.maxPages) throw new PaginationError(`pagination of ${this.path} did not end after ${this.maxPages} pages`);
    if (this.seen.has(key)) throw new PaginationError(`pagination of ${this.path} loops: the server sent the same next page twice`);
    this.seen.add(key);
  }
}

/** Every item of an async iterable in an array (at most `limit`, when given). */
export async function collect<T>(items: AsyncIterable<T>, limit: number = Infinity): Promise<T[]> {
  const out: T[] = [];
  if (limit <= 0) return out;
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
