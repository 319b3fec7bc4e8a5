// RFC 8288 Link header parsing for pagination.
import { describe, expect, it } from 'vitest';
import { linkTarget, parseLinkHeader } from './link-header.js';

describe('Link header', () => {
  it('parses GitHub-style headers', () => {
    const header = '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"';
    expect(linkTarget(header)).toBe('https://api.github.com/repositories/1/issues?page=2');
    expect(linkTarget(header, 'last')).toBe('https://api.github.com/repositories/1/issues?page=5');
    expect(linkTarget(header, 'prev')).toBeUndefined();
  });

  it('handles commas in URLs, unquoted and multi-valued rels, extra params and case', () => {
    const header = '<https://sn.example/api/now/table/incident?sysparm_fields=a,b&sysparm_offset=10>;rel=NEXT;title="x, y", </p?1>; rel="first prev"';
    const links = parseLinkHeader(header);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ url: 'https://sn.example/api/now/table/incident?sysparm_fields=a,b&sysparm_offset=10', rel: ['next'] });
    expect(links[0]!.params.title).toBe('x, y');
    expect(linkTarget(header, 'prev')).toBe('/p?1');
    expect(parseLinkHeader(null)).toEqual([]);
    expect(parseLinkHeader('garbage')).toEqual([]);
  });
});
