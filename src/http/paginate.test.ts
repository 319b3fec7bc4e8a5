// Pagination helpers against fakes shaped like the vendors' APIs: offset, pages, Link, tokens, cursors, next URLs.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../test/fakes/fake-server.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpError } from './http-error.js';
import { collect, PaginationError } from './paginate-core.js';
import { paginateLinkHeader } from './paginate-link.js';
import { paginateOffset } from './paginate-offset.js';
import { paginateNextUrl, paginateToken } from './paginate-token.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
const ALL = ids(23);

async function client(routes: FakeRoutes, basePath = '') {
  server = await startFakeServer({ routes });
  return createHttpClient({ baseUrl: `${server.url}${basePath}`, integration: 'p', vendor: 'Vendor', retry: { retries: 0 }, redactor: new Redactor() });
}

type Item = { id: number };

describe('pagination helpers over fakes', () => {
  it('offset + limit with a total (Jira startAt/maxResults/total), even when the server caps the page size', async () => {
    const http = await client({
      'GET /rest/api/3/priority/search': (req) => {
        const start = Number(req.query.startAt);
        const max = Math.min(Number(req.query.maxResults), 5); // the server caps at 5
        return { body: { startAt: start, maxResults: max, total: ALL.length, values: ALL.slice(start, start + max) } };
      },
    });
    const items = await collect(
      paginateOffset<Item, { values: Item[]; total: number }>(http, {
        request: { path: '/rest/api/3/priority/search' },
        offsetParam: 'startAt',
        limitParam: 'maxResults',
        pageSize: 10,
        items: (body) => body.values,
        total: (body) => body.total,
      }),
    );
    expect(items).toEqual(ALL);
    expect(server!.requests.map((r) => r.query.startAt)).toEqual(['0', '5', '10', '15', '20']);
  });

  it('offset without a total ends on a short page (ServiceNow sysparm_offset/sysparm_limit)', async () => {
    const http = await client({
      'GET /api/now/table/sys_user': (req) => ({ body: { result: ALL.slice(Number(req.query.sysparm_offset), Number(req.query.sysparm_offset) + Number(req.query.sysparm_limit)) } }),
    });
    const items = await collect(
      paginateOffset<Item, { result: Item[] }>(http, {
        request: { path: '/api/now/table/sys_user', query: { sysparm_fields: 'sys_id' } },
        offsetParam: 'sysparm_offset',
        limitParam: 'sysparm_limit',
        pageSize: 10,
        items: (body) => body.result,
      }),
    );
    expect(items).toHaveLength(23);
    expect(server!.requests.every((r) => r.query.sysparm_fields === 'sys_id')).toBe(true);
    expect(server!.requests).toHaveLength(3);
  });

  it('page numbers with paging.total (SonarQube p/ps), and isLast-style hasMore', async () => {
    const http = await client({
      'GET /api/issues/search': (req) => {
        const p = Number(req.query.p);
        const ps = Number(req.query.ps);
        return { body: { paging: { pageIndex: p, pageSize: ps, total: ALL.length }, issues: ALL.slice((p - 1) * ps, p * ps) } };
      },
      'GET /rest/api/1.0/projects': (req) => {
        const start = Number(req.query.start);
        const values = ALL.slice(start, start + 10);
        return { body: { values, isLastPage: start + 10 >= ALL.length } };
      },
    });
    const issues = await collect(
      paginateOffset<Item, { issues: Item[]; paging: { total: number } }>(http, {
        request: { path: '/api/issues/search' },
        style: 'page',
        offsetParam: 'p',
        limitParam: 'ps',
        pageSize: 10,
        items: (body) => body.issues,
        total: (body) => body.paging.total,
      }),
    );
    expect(issues).toEqual(ALL);
    const projects = await collect(
      paginateOffset<Item, { values: Item[]; isLastPage: boolean }>(http, {
        request: { path: '/rest/api/1.0/projects' },
        offsetParam: 'start',
        pageSize: 10,
        items: (body) => body.values,
        hasMore: (body) => !body.isLastPage,
      }),
    );
    expect(projects).toEqual(ALL);
  });

  it('Link rel="next" (GitHub), under a base path, with the query carried by the link', async () => {
    const http = await client(
      {
        'GET /api/v3/orgs/acme/repos': (req) => {
          const page = Number(req.query.page ?? 1);
          const next = page * 10 < ALL.length ? `<${server!.url}/api/v3/orgs/acme/repos?per_page=10&page=${page + 1}>; rel="next", <${server!.url}/api/v3/orgs/acme/repos?page=3>; rel="last"` : undefined;
          return { headers: next ? { link: next } : {}, body: ALL.slice((page - 1) * 10, page * 10) };
        },
      },
      '/api/v3',
    );
    const repos = await collect(paginateLinkHeader<Item, Item[]>(http, { request: { path: '/orgs/acme/repos', query: { per_page: 10 } }, items: (body) => body }));
    expect(repos).toEqual(ALL);
    expect(server!.requests.map((r) => r.query.page)).toEqual([undefined, '2', '3']);
  });

  it('a Link to another origin is refused by the client (credentials never follow)', async () => {
    const http = await client({ 'GET /items': { headers: { link: '<https://evil.example/items?page=2>; rel="next"' }, body: [{ id: 1 }] } });
    const walk = collect(paginateLinkHeader<Item, Item[]>(http, { request: { path: '/items' }, items: (b) => b }));
    const error = (await walk.catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('destination');
  });

  it('nextPageToken (Jira /search/jql) until a page has none', async () => {
    const http = await client({
      'GET /rest/api/3/search/jql': (req) => {
        const at = req.query.nextPageToken ? Number(Buffer.from(req.query.nextPageToken, 'base64url').toString()) : 0;
        const next = at + 10 < ALL.length ? Buffer.from(String(at + 10)).toString('base64url') : undefined;
        return { body: { issues: ALL.slice(at, at + 10), ...(next ? { nextPageToken: next } : {}) } };
      },
    });
    const issues = await collect(
      paginateToken<Item, { issues: Item[]; nextPageToken?: string }>(http, {
        request: { path: '/rest/api/3/search/jql', query: { jql: 'project = SEC' } },
        tokenParam: 'nextPageToken',
        items: (body) => body.issues,
        nextToken: (body) => body.nextPageToken,
      }),
    );
    expect(issues).toEqual(ALL);
    expect(server!.requests.every((r) => r.query.jql === 'project = SEC')).toBe(true);
  });

  it('a cursor in a response header (Azure DevOps x-ms-continuationtoken) and a token in a POST body (Prisma pageToken)', async () => {
    const http = await client({
      'GET /_apis/projects': (req) => {
        const at = Number(req.query.continuationToken ?? 0);
        return { headers: at + 10 < ALL.length ? { 'x-ms-continuationtoken': String(at + 10) } : {}, body: { value: ALL.slice(at, at + 10) } };
      },
      'POST /v2/alert': (req) => {
        const body = req.json as { pageToken?: string; limit: number };
        const at = Number(body.pageToken ?? 0);
        return { body: { items: ALL.slice(at, at + body.limit), nextPageToken: at + body.limit < ALL.length ? String(at + body.limit) : null } };
      },
    });
    const projects = await collect(
      paginateToken<Item, { value: Item[] }>(http, {
        request: { path: '/_apis/projects' },
        tokenParam: 'continuationToken',
        items: (body) => body.value,
        nextToken: (_body, res) => res.headers.get('x-ms-continuationtoken'),
      }),
    );
    expect(projects).toEqual(ALL);
    const alerts = await collect(
      paginateToken<Item, { items: Item[]; nextPageToken: string | null }>(http, {
        request: { method: 'POST', path: '/v2/alert', body: { limit: 8, detailed: false } },
        placement: 'body',
        items: (body) => body.items,
        nextToken: (body) => body.nextPageToken,
      }),
    );
    expect(alerts).toEqual(ALL);
    expect(server!.requests.filter((r) => r.path === '/v2/alert').map((r) => r.json)).toEqual([
      { limit: 8, detailed: false },
      { limit: 8, detailed: false, pageToken: '8' },
      { limit: 8, detailed: false, pageToken: '16' },
    ]);
  });

  it('a next URL in the body (Bitbucket `next`, JSON:API links.next relative to the client base)', async () => {
    const http = await client(
      {
        'GET /2.0/repositories/acme': (req) => {
          const page = Number(req.query.page ?? 1);
          return { body: { values: ALL.slice((page - 1) * 10, page * 10), ...(page * 10 < ALL.length ? { next: `${server!.url}/2.0/repositories/acme?page=${page + 1}` } : {}) } };
        },
        'GET /rest/orgs': (req) => {
          const after = Number(req.query.starting_after ?? 0);
          return { body: { data: ALL.slice(after, after + 10), links: after + 10 < ALL.length ? { next: `/orgs?version=2024-10-15&starting_after=${after + 10}` } : {} } };
        },
      },
      '',
    );
    const repos = await collect(paginateNextUrl<Item, { values: Item[]; next?: string }>(http, { request: { path: '/2.0/repositories/acme' }, items: (b) => b.values, nextUrl: (b) => b.next }));
    expect(repos).toEqual(ALL);
    const snyk = createHttpClient({ baseUrl: `${server!.url}/rest`, integration: 'p', vendor: 'Vendor', redactor: new Redactor() });
    const orgs = await collect(
      paginateNextUrl<Item, { data: Item[]; links: { next?: string } }>(snyk, {
        request: { path: '/orgs', query: { version: '2024-10-15' } },
        items: (b) => b.data,
        nextUrl: (b) => b.links.next,
        relativeTo: 'client',
      }),
    );
    expect(orgs).toEqual(ALL);
    server!.assertNoUnexpected();
  });

  it('stops a server that loops or never ends', async () => {
    const http = await client({ 'GET /loop': { body: { items: [{ id: 1 }], next: 'same' } } });
    const looping = collect(paginateToken<Item, { items: Item[]; next: string }>(http, { request: { path: '/loop' }, items: (b) => b.items, nextToken: (b) => b.next }));
    await expect(looping).rejects.toThrow(PaginationError);
    let n = 0;
    server!.route('GET /endless', () => ({ body: { items: [{ id: 1 }], next: String(++n) } }));
    const endless = collect(paginateToken<Item, { items: Item[]; next: string }>(http, { request: { path: '/endless' }, items: (b) => b.items, nextToken: (b) => b.next, maxPages: 5 }));
    await expect(endless).rejects.toThrow(/did not end after 5 pages/);
  });

  it('collect stops early at a limit without fetching further pages', async () => {
    const http = await client({ 'GET /items': (req) => ({ body: ALL.slice(Number(req.query.offset), Number(req.query.offset) + 5) }) });
    const first7 = await collect(paginateOffset<Item, Item[]>(http, { request: { path: '/items' }, pageSize: 5, items: (b) => b }), 7);
    expect(first7).toEqual(ALL.slice(0, 7));
    expect(server!.requests).toHaveLength(2);
  });
});
