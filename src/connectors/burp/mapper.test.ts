// Burp connection result and GraphQL error reading.
import { describe, expect, it } from 'vitest';
import { connectionResult, graphQlProblem } from './mapper.js';

describe('burp connectionResult', () => {
  it('counts the visible sites', () => {
    const r = connectionResult({ data: { site_tree: { sites: [{ id: '1', name: 'a' }, { id: '2', name: 'b' }] } } }, 6.5);
    expect(r).toEqual({
      ok: true,
      latency_ms: 7,
      vendor_version: 'Burp Suite DAST GraphQL API v1',
      license: '2 sites visible',
      user: 'API user of the key (the API does not name it)',
      warnings: [],
    });
  });

  it('warns when no site is visible', () => {
    const r = connectionResult({ data: { site_tree: null } }, 1);
    expect(r.license).toBe('0 sites visible');
    expect(r.warnings).toEqual([expect.stringMatching(/sees no sites/)]);
  });
});

describe('burp graphQlProblem', () => {
  it('is undefined without errors', () => {
    expect(graphQlProblem({ data: {} })).toBeUndefined();
    expect(graphQlProblem({ data: {}, errors: [] })).toBeUndefined();
  });

  it('joins the messages and spots a refused key', () => {
    expect(graphQlProblem({ errors: [{ message: 'Unauthorized' }] })).toEqual({ message: 'Unauthorized', auth: true });
    expect(graphQlProblem({ errors: [{ message: 'Validation error a' }, {}] })).toEqual({ message: 'Validation error a; unknown error', auth: false });
  });
});
