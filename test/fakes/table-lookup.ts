// A dns.lookup stand-in answering from a table, in both shapes (one address, or all: true), for DNS-dependent tests.
import type { LookupFunction } from 'node:net';

export function tableLookup(table: Readonly<Record<string, readonly string[]>>): LookupFunction & { readonly calls: string[] } {
  const calls: string[] = [];
  const lookup = (host: string, options: { all?: boolean } | number | undefined, callback: (...args: unknown[]) => void) => {
    calls.push(host);
    const all = typeof options === 'object' && options !== null && options.all === true;
    const found = table[host];
    if (!found) return process.nextTick(() => callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host })));
    const list = found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    process.nextTick(() => (all ? callback(null, list) : callback(null, list[0]!.address, list[0]!.family)));
  };
  return Object.assign(lookup as unknown as LookupFunction, { calls });
}
