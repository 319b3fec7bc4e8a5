import { describe, expect, it } from 'vitest';
import { dottedPath, fromPointer, locate } from './locate.js';
import { parseSource } from './source-file.js';

const text = [
  'apiVersion: secwire/v1', // 1
  'kind: Integration', // 2
  'metadata: { name: jira-prod, labels: { team: appsec } }', // 3
  'spec:', // 4
  '  type: jira', // 5
  '  auth:', // 6
  '    base_url: https://acme.atlassian.net', // 7
  '  ci:', // 8
  '    branches:', // 9
  '      - main', // 10
  '      - "release/*"', // 11
  '    auto_scan: [a, b]', // 12
  '---', // 13
  'apiVersion: secwire/v1', // 14
  'spec: {type: nmap}', // 15
].join('\n');

const [first, second] = parseSource('f.yaml', text).documents;
const at = (doc: typeof first, path: (string | number)[], key = false) => {
  const p = locate(doc!, path, { key });
  return `${p.line}:${p.column}`;
};

describe('locate', () => {
  it('finds values in block maps', () => {
    expect(at(first, ['spec', 'type'])).toBe('5:9');
    expect(at(first, ['spec', 'auth', 'base_url'])).toBe('7:15');
  });

  it('finds keys when asked', () => {
    expect(at(first, ['spec', 'auth'], true)).toBe('6:3');
    expect(at(first, ['spec', 'auth', 'base_url'], true)).toBe('7:5');
  });

  it('finds values and keys in flow maps', () => {
    expect(at(first, ['metadata', 'name'])).toBe('3:19');
    expect(at(first, ['metadata', 'labels', 'team'])).toBe('3:46');
    expect(at(first, ['metadata', 'labels'], true)).toBe('3:30');
  });

  it('finds items of block and flow sequences, quotes included', () => {
    expect(at(first, ['spec', 'ci', 'branches', 0])).toBe('10:9');
    expect(at(first, ['spec', 'ci', 'branches', 1])).toBe('11:9');
    expect(at(first, ['spec', 'ci', 'auto_scan', 1])).toBe('12:20');
  });

  it('points a missing path at the value of its nearest existing ancestor', () => {
    expect(at(first, ['spec', 'auth', 'api_token'])).toBe('7:5'); // the map under `auth:`
    expect(at(first, ['spec', 'ci', 'branches', 7])).toBe('10:7'); // the `-` of the first item
    expect(at(first, ['nope', 'deeper'])).toBe('1:1');
  });

  it('points the empty path at the start of the document, in any document of the file', () => {
    expect(at(first, [])).toBe('1:1');
    expect(at(second, [])).toBe('14:1');
    expect(at(second, ['spec', 'type'])).toBe('15:14');
    expect(locate(second!, []).file).toBe('f.yaml');
  });
});

describe('dottedPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(dottedPath([])).toBe('');
    expect(dottedPath(['spec', 'auth', 'api_token'])).toBe('spec.auth.api_token');
    expect(dottedPath(['spec', 'ci', 'branches', 1])).toBe('spec.ci.branches[1]');
    expect(dottedPath(['a', 0, 1, 'b'])).toBe('a[0][1].b');
  });
});

describe('fromPointer', () => {
  it('splits JSON pointers and unescapes ~1 and ~0', () => {
    expect(fromPointer('')).toEqual([]);
    expect(fromPointer('/spec/auth/api_token')).toEqual(['spec', 'auth', 'api_token']);
    expect(fromPointer('/spec/ci/branches/10')).toEqual(['spec', 'ci', 'branches', 10]);
    expect(fromPointer('/metadata/annotations/secwire~1protect')).toEqual(['metadata', 'annotations', 'secwire/protect']);
    expect(fromPointer('/a~0b')).toEqual(['a~b']);
  });
});
