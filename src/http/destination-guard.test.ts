// Link-local and metadata addresses refused by name, literal and resolution; loopback allowed.
import type { LookupFunction } from 'node:net';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { tableLookup } from '../../test/fakes/table-lookup.js';
import { checkResolved, DestinationRefusedError, guardedLookup, outsideAllowList, refusedAddress, refusedHost } from './destination-guard.js';

// These tests resolve names through fake lookups only; the suite-wide egress allow-list (vitest.config.ts) would
// refuse those names before the checks under test run.
const savedAllowList = process.env.SECWIRE_ALLOWED_HOSTS;
beforeAll(() => {
  delete process.env.SECWIRE_ALLOWED_HOSTS;
});
afterAll(() => {
  if (savedAllowList !== undefined) process.env.SECWIRE_ALLOWED_HOSTS = savedAllowList;
});

function lookupOnce(lookup: LookupFunction, host: string, all: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    (lookup as unknown as (h: string, o: object, cb: (e: Error | null, a?: unknown, f?: number) => void) => void)(host, { all }, (err, address, family) =>
      err ? reject(err) : resolve(all ? address : { address, family }),
    );
  });
}

describe('destination guard', () => {
  it('refuses link-local and cloud metadata addresses in every spelling', () => {
    for (const address of ['169.254.169.254', '169.254.0.1', '100.100.100.200', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'fd00:ec2::254', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '0.0.0.0', '::']) {
      expect(refusedAddress(address), address).not.toBeNull();
    }
  });

  it('allows loopback and ordinary addresses', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '10.0.0.5', '192.168.1.10', '100.100.100.201', 'fd00:ec2::253', '203.0.113.7', '2001:db8::1']) {
      expect(refusedAddress(address), address).toBeNull();
    }
  });

  it('refuses metadata host names (any case, trailing dot) and bracketed literals', () => {
    for (const host of ['metadata.google.internal', 'METADATA.GOOGLE.INTERNAL.', 'metadata', 'instance-data.ec2.internal', '[fe80::1]', '[fd00:ec2::254]', '169.254.169.254']) {
      expect(refusedHost(host), host).not.toBeNull();
    }
    for (const host of ['localhost', 'api.github.com', 'metadata.example.com', '[::1]']) expect(refusedHost(host), host).toBeNull();
  });

  it('a guarded lookup refuses a name whose addresses include a metadata address, in both answer shapes', async () => {
    const lookup = guardedLookup(tableLookup({ 'evil.example': ['203.0.113.9', '169.254.169.254'], 'tool.example': ['10.1.2.3'], 'box.local': ['127.0.0.1'] }));
    await expect(lookupOnce(lookup, 'evil.example', true)).rejects.toBeInstanceOf(DestinationRefusedError);
    await expect(lookupOnce(lookup, 'evil.example', false)).rejects.toThrow(/evil\.example resolves to 169\.254\.169\.254/);
    await expect(lookupOnce(lookup, 'metadata.google.internal', false)).rejects.toBeInstanceOf(DestinationRefusedError);
    await expect(lookupOnce(lookup, 'tool.example', false)).resolves.toEqual({ address: '10.1.2.3', family: 4 });
    await expect(lookupOnce(lookup, 'box.local', true)).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
    await expect(lookupOnce(lookup, 'missing.example', false)).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('checkResolved: refused, allowed, and allowed when the name does not resolve here (the proxy resolves it)', async () => {
    const lookup = tableLookup({ 'evil.example': ['fd00:ec2::254'], 'ok.example': ['203.0.113.1'] });
    expect(await checkResolved('evil.example', lookup)).toMatch(/fd00:ec2::254/);
    expect(await checkResolved('ok.example', lookup)).toBeNull();
    expect(await checkResolved('only-the-proxy-knows.example', lookup)).toBeNull();
    expect(await checkResolved('169.254.169.254', lookup)).not.toBeNull();
  });
});

describe('egress allow-list (SECWIRE_ALLOWED_HOSTS)', () => {
  it('refuses every host outside the list, matches *.domain, and allows everything when unset', () => {
    const env = { SECWIRE_ALLOWED_HOSTS: '127.0.0.1, api.github.com,*.atlassian.net' };
    expect(outsideAllowList('api.github.com', env)).toBeNull();
    expect(outsideAllowList('acme.atlassian.net', env)).toBeNull();
    expect(outsideAllowList('127.0.0.1', env)).toBeNull();
    expect(outsideAllowList('evil.example', env)).toBe('evil.example is not in SECWIRE_ALLOWED_HOSTS (127.0.0.1, api.github.com, *.atlassian.net)');
    expect(outsideAllowList('atlassian.net.evil.example', env)).not.toBeNull();
    expect(outsideAllowList('evil.example', {})).toBeNull();
  });
});
