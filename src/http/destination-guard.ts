// Refuses link-local and cloud metadata destinations, by name and by every resolved address; loopback stays allowed.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Host names of cloud metadata services (compared lower-case, without a trailing dot). */
const METADATA_HOSTS = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

const blocked = new BlockList();
// IPv4 link-local, which holds the AWS/Azure/GCP/OCI/DigitalOcean metadata address 169.254.169.254.
blocked.addSubnet('169.254.0.0', 16, 'ipv4');
// Alibaba Cloud metadata.
blocked.addAddress('100.100.100.200', 'ipv4');
// IPv6 link-local and the AWS IPv6 metadata endpoint.
blocked.addSubnet('fe80::', 10, 'ipv6');
blocked.addAddress('fd00:ec2::254', 'ipv6');
// The same IPv4 ranges through NAT64 (64:ff9b::/96) and 6to4 (2002::/16). IPv4-mapped (::ffff:a.b.c.d) BlockList matches itself.
blocked.addSubnet('64:ff9b::a9fe:0', 112, 'ipv6');
blocked.addAddress('64:ff9b::6464:64c8', 'ipv6');
blocked.addSubnet('2002:a9fe::', 32, 'ipv6');

// Unspecified addresses: "connect to 0.0.0.0" silently reaches this machine on Linux; 127.0.0.1 says it plainly.
const unspecified = new BlockList();
unspecified.addSubnet('0.0.0.0', 8, 'ipv4');
unspecified.addAddress('::', 'ipv6');

/** Code of the error a guarded lookup fails with. */
export const DESTINATION_REFUSED = 'ESECWIRE_DESTINATION';

export class DestinationRefusedError extends Error {
  readonly code = DESTINATION_REFUSED;
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`destination refused: ${reason}`);
    this.name = 'DestinationRefusedError';
  }
}

/** A URL hostname without brackets, trailing dots or upper case. */
export function normalizeHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '').toLowerCase();
}

/** Why an address may not be called, or null. */
export function refusedAddress(address: string): string | null {
  const plain = address.replace(/%.*$/, ''); // fe80::1%eth0
  const family = isIP(plain);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (blocked.check(plain, type)) return `${address} is a link-local or cloud metadata address`;
  if (unspecified.check(plain, type)) return `${address} is an unspecified address (use 127.0.0.1 for this machine)`;
  return null;
}

/** Environment variable naming the only hosts secwire may call (comma-separated; `*.example.com` matches subdomains). */
export const ALLOWED_HOSTS_ENV = 'SECWIRE_ALLOWED_HOSTS';

/** Why the egress allow-list (SECWIRE_ALLOWED_HOSTS) refuses a host, or null when unset or allowed. */
export function outsideAllowList(hostname: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const list = env[ALLOWED_HOSTS_ENV]?.split(',').map((h) => normalizeHost(h.trim())).filter(Boolean);
  if (!list?.length) return null;
  const host = normalizeHost(hostname);
  const allowed = list.some((entry) => entry === host || (entry.startsWith('*.') && host.endsWith(entry.slice(1))));
  return allowed ? null : `${host} is not in ${ALLOWED_HOSTS_ENV} (${list.join(', ')})`;
}

/** Why a host (name or IP literal) may not be called, judged by its text alone, or null. */
export function refusedHost(hostname: string): string | null {
  const host = normalizeHost(hostname);
  if (isIP(host.replace(/%.*$/, ''))) return refusedAddress(host) ?? outsideAllowList(host);
  return METADATA_HOSTS.has(host) ? `${host} is a cloud metadata address` : outsideAllowList(host);
}

/** Why a host's resolved addresses may not be called, or null. */
export function refusedResolution(hostname: string, addresses: readonly string[]): string | null {
  for (const address of addresses) {
    const why = refusedAddress(address);
    if (why) return `${normalizeHost(hostname)} resolves to ${address}, and ${why}`;
  }
  return null;
}

/**
 * A lookup for net/tls connect that resolves every address of the host (all: true) and fails with
 * DestinationRefusedError when any is refused, so a name pointing at 169.254.169.254 never gets a connection.
 * Answers in the shape the caller asked for (one address, or all).
 */
export function guardedLookup(base: LookupFunction = dnsLookup as unknown as LookupFunction): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number } | number | undefined, callback: (...args: unknown[]) => void) => {
    const opts = typeof options === 'number' ? { family: options } : { ...(options ?? {}) };
    const refusedName = refusedHost(hostname);
    if (refusedName) {
      process.nextTick(() => callback(new DestinationRefusedError(hostname, refusedName)));
      return;
    }
    (base as unknown as (h: string, o: object, cb: (err: Error | null, result: unknown, family?: number) => void) => void)(
      hostname,
      { ...opts, all: true },
      (err, result, family) => {
        if (err) return callback(err);
        const list = toAddressList(result, family);
        if (list.length === 0) {
          const notFound = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
          return callback(notFound);
        }
        const refused = refusedResolution(hostname, list.map((a) => a.address));
        if (refused) return callback(new DestinationRefusedError(hostname, refused));
        if (opts.all) return callback(null, list);
        const first = list[0]!;
        return callback(null, first.address, first.family);
      },
    );
  }) as unknown as LookupFunction;
}

/** Resolves a host with `lookup` and returns why it is refused, or null (also when it does not resolve here). */
export function checkResolved(hostname: string, lookup: LookupFunction = dnsLookup as unknown as LookupFunction): Promise<string | null> {
  const host = normalizeHost(hostname);
  const byName = refusedHost(host);
  if (byName) return Promise.resolve(byName);
  if (isIP(host)) return Promise.resolve(null);
  return new Promise((resolve) => {
    (lookup as unknown as (h: string, o: object, cb: (err: Error | null, result: unknown, family?: number) => void) => void)(
      host,
      { all: true },
      (err, result, family) => resolve(err ? null : refusedResolution(host, toAddressList(result, family).map((a) => a.address))),
    );
  });
}

interface Address {
  readonly address: string;
  readonly family: number;
}

/** A lookup answer (an array of addresses, or one address plus its family) as a list. */
function toAddressList(result: unknown, family: number | undefined): Address[] {
  if (Array.isArray(result)) {
    return result.map((a: Address | string) => (typeof a === 'string' ? { address: a, family: isIP(a) } : { address: a.address, family: a.family }));
  }
  if (typeof result === 'string') return [{ address: result, family: family ?? isIP(result) }];
  return [];
}
