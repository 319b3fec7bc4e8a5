// Scan targets split into host name, IP and port; CWE/CVE ids normalize.
import { describe, expect, it } from 'vitest';
import { parseTarget } from './target-address.js';
import { cvesIn, normalizeCwe } from './weakness-ids.js';

describe('parseTarget', () => {
  it.each([
    ['https://Example.com/path', { hostname: 'example.com', port: 443 }],
    ['http://example.com:8080', { hostname: 'example.com', port: 8080 }],
    ['example.com:22', { hostname: 'example.com', port: 22 }],
    ['10.0.0.1:3306', { ip: '10.0.0.1', port: 3306 }],
    ['[::1]:80', { ip: '::1', port: 80 }],
    ['http://[2001:db8::1]/', { ip: '2001:db8::1', port: 80 }],
    ['www.asdf.de', { hostname: 'www.asdf.de' }],
    ['10.0.0.1', { ip: '10.0.0.1' }],
    ['not a host', {}],
    ['http://', {}],
  ])('%s', (target, expected) => {
    expect(parseTarget(target)).toEqual(expected);
  });
});

describe('weakness ids', () => {
  it('normalizes CWE spellings', () => {
    expect(['CWE-79', 'cwe-079', 'external/cwe/cwe-347', 'CWE:352', '78', 'CWE-346: Origin Validation Error'].map(normalizeCwe)).toEqual([
      'CWE-79', 'CWE-79', 'CWE-347', 'CWE-352', 'CWE-78', 'CWE-346',
    ]);
    expect(normalizeCwe('security')).toBeUndefined();
    expect(normalizeCwe(undefined)).toBeUndefined();
  });

  it('finds CVE ids in text, upper-cased and without repeats', () => {
    expect(cvesIn('CVE-2021-22696-cxf-core and cve-2021-44228, CVE-2021-22696')).toEqual(['CVE-2021-22696', 'CVE-2021-44228']);
    expect(cvesIn('GHSA-xxxx')).toEqual([]);
  });
});
