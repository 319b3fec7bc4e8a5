// Collects masscan port events (status and banner records) per ip/port/protocol and emits one finding each.
import type { Finding } from './finding.generated.js';
import { fingerprintOf } from './fingerprint.js';
import type { ParseContext } from './parse-types.js';
import { resolveSeverity } from './severity.js';
import { clip } from './values.js';

/** Masscan has no severity of its own: an open port is informational. */
const NATIVE_SEVERITY = 'info';
const MAX_BANNERS = 10;
const MAX_BANNER_CHARS = 512;

interface PortEntry {
  ip: string;
  port: number;
  protocol: string;
  reason?: string;
  ttl?: number;
  banners: { service: string; banner: string }[];
}

export class MasscanPorts {
  private readonly entries = new Map<string, PortEntry>();

  private entry(ip: string, port: number, protocol: string): PortEntry {
    const key = `${ip}\u0000${port}\u0000${protocol}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { ip, port, protocol, banners: [] };
      this.entries.set(key, e);
    }
    return e;
  }

  /** A status event; only "open" creates a finding. */
  status(ip: string, port: number, protocol: string, status: string, reason?: string, ttl?: number): void {
    if (status.toLowerCase() !== 'open') return;
    const e = this.entry(ip, port, protocol.toLowerCase());
    if (reason !== undefined && e.reason === undefined) e.reason = reason;
    if (ttl !== undefined && e.ttl === undefined) e.ttl = ttl;
  }

  /** A banner event; masscan only grabs banners from open ports, so it also marks the port open. */
  banner(ip: string, port: number, protocol: string, service: string, banner: string): void {
    const e = this.entry(ip, port, protocol.toLowerCase());
    if (e.banners.length < MAX_BANNERS) e.banners.push({ service, banner: clip(banner, MAX_BANNER_CHARS) });
  }

  emit(ctx: ParseContext, tool: string): void {
    const severity = resolveSeverity(ctx.format, NATIVE_SEVERITY, ctx.severityFor);
    for (const e of this.entries.values()) {
      const services = [...new Set(e.banners.map((b) => b.service))];
      const finding: Finding = {
        fingerprint: fingerprintOf(ctx.format, [e.ip, e.port, e.protocol]),
        format: ctx.format,
        tool,
        rule_id: 'open-port',
        title: `Open port ${e.port}/${e.protocol} on ${e.ip}${services.length > 0 ? `: ${services.join(', ')}` : ''}`,
        severity,
        native_severity: NATIVE_SEVERITY,
        asset: { ip: e.ip, port: e.port, protocol: e.protocol },
      };
      const raw: Record<string, unknown> = {};
      if (e.reason !== undefined) raw['reason'] = e.reason;
      if (e.ttl !== undefined) raw['ttl'] = e.ttl;
      if (e.banners.length > 0) raw['banners'] = e.banners;
      finding.raw = raw;
      ctx.add(finding);
    }
  }
}
