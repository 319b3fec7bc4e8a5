// Tests for destination URL to origin normalisation.
import { describe, it, expect } from 'vitest';
import { OriginError } from './errors.js';
import { isNormalizedOrigin, normalizeOrigin } from './origin.js';

describe('normalizeOrigin', () => {
  it('keeps scheme://host[:port], lowercases the host and drops default ports, path and credentials', () => {
    expect(normalizeOrigin('HTTPS://ACME.Atlassian.NET:443/rest/api?x=1')).toBe('https://acme.atlassian.net');
    expect(normalizeOrigin('http://host.example:80')).toBe('http://host.example');
    expect(normalizeOrigin('https://user:pw@host.example:8443/')).toBe('https://host.example:8443');
    expect(normalizeOrigin('ldaps://DC1.Corp.Example:636')).toBe('ldaps://dc1.corp.example');
    expect(normalizeOrigin('ldap://DC1.Corp.Example:3268')).toBe('ldap://dc1.corp.example:3268');
    expect(normalizeOrigin('http://[::1]:8080/x')).toBe('http://[::1]:8080');
  });

  it('maps "no destination" to the string null', () => {
    expect(normalizeOrigin(null)).toBe('null');
    expect(normalizeOrigin(undefined)).toBe('null');
    expect(normalizeOrigin('null')).toBe('null');
  });

  it('refuses relative or host-less URLs with OriginError', () => {
    expect(() => normalizeOrigin('acme.atlassian.net')).toThrow(OriginError);
    expect(() => normalizeOrigin('acme.atlassian.net')).toThrow(/not an absolute URL/);
  });

  it('tells normalised origins apart', () => {
    expect(isNormalizedOrigin('https://a.example')).toBe(true);
    expect(isNormalizedOrigin('https://a.example/')).toBe(false);
    expect(isNormalizedOrigin('https://A.example')).toBe(false);
    expect(isNormalizedOrigin('null')).toBe(true);
    expect(isNormalizedOrigin('garbage')).toBe(false);
  });

  it('normalises a destination with its extra destinations to their origins, in order, and refuses null among them', () => {
    expect(normalizeOrigin('https://API.prismacloud.io/x  https://us-east1.cloud.twistlock.com:443/us-1-1')).toBe('https://api.prismacloud.io https://us-east1.cloud.twistlock.com');
    expect(isNormalizedOrigin('https://a.example https://b.example:8083')).toBe(true);
    expect(isNormalizedOrigin('https://a.example  https://b.example')).toBe(false);
    expect(() => normalizeOrigin('https://a.example null')).toThrow(/mixes "null"/);
  });
});
