// Nmap XML → findings: one info finding per open port, with service, and CVEs from the vulners script.
import type { Finding, FindingAsset } from './finding.generated.js';
import { fingerprintOf } from './fingerprint.js';
import { summarizeVulners } from './nmap-vulners.js';
import type { ParseContext } from './parse-types.js';
import { resolveSeverity } from './severity.js';
import { portNumber } from './values.js';
import { attrs, children, readXmlRecords, textOf, type XmlNode } from './xml-records.js';

const SPEC = {
  root: 'nmaprun',
  record: 'host',
  select: (root: XmlNode) => children(root, 'host'),
  arrays: ['host', 'address', 'hostname', 'port', 'script', 'table', 'elem', 'cpe', 'ports', 'hostnames'],
};

/** Nmap has no severity of its own: an open port is informational. */
const NATIVE_SEVERITY = 'info';

function hostIdentity(host: XmlNode): { ip?: string; hostname?: string } {
  const out: { ip?: string; hostname?: string } = {};
  for (const address of children(host, 'address')) {
    const a = attrs(address);
    if ((a['addrtype'] === 'ipv4' || a['addrtype'] === 'ipv6') && a['addr']) {
      out.ip = a['addr'];
      break;
    }
  }
  const names = children(host, 'hostnames').flatMap((h) => children(h, 'hostname'));
  const best = names.find((n) => attrs(n)['type'] === 'user') ?? names.find((n) => attrs(n)['type'] === 'PTR') ?? names[0];
  const name = best ? attrs(best)['name'] : undefined;
  if (name) out.hostname = name;
  return out;
}

function serviceText(service: Readonly<Record<string, string>>): string {
  const product = [service['product'], service['version']].filter(Boolean).join(' ');
  const name = service['tunnel'] && service['name'] ? `${service['tunnel']}/${service['name']}` : service['name'];
  if (name && product) return `${name} (${product})`;
  return name ?? product;
}

export function parseNmap(text: string, ctx: ParseContext): void {
  const { rootAttrs, records } = readXmlRecords(text, SPEC, ctx);
  const tool = rootAttrs['scanner'] || ctx.format;
  const version = rootAttrs['version'];
  const severity = resolveSeverity(ctx.format, NATIVE_SEVERITY, ctx.severityFor);

  for (const host of records) {
    const ports = children(host, 'ports').flatMap((p) => children(p, 'port'));
    if (ports.length === 0) continue;
    const { ip, hostname } = hostIdentity(host);
    if (ip === undefined && hostname === undefined) {
      ctx.problem('nmap host without an address or host name; its ports were skipped');
      continue;
    }
    for (const port of ports) {
      const state = attrs(children(port, 'state')[0])['state'];
      if (state !== 'open') continue;
      const p = attrs(port);
      const portId = portNumber(p['portid']);
      const protocol = (p['protocol'] ?? 'tcp').toLowerCase();
      if (portId === undefined) {
        ctx.problem(`nmap port ${JSON.stringify(p['portid'] ?? '')} on ${ip ?? hostname} is not a port number; skipped`);
        continue;
      }
      const serviceNode = children(port, 'service')[0];
      const service = attrs(serviceNode);
      const described = serviceText(service);
      const target = ip ?? hostname ?? '';
      const asset: FindingAsset = { port: portId, protocol };
      if (ip !== undefined) asset.ip = ip;
      if (hostname !== undefined) asset.hostname = hostname;
      const finding: Finding = {
        fingerprint: fingerprintOf(ctx.format, [target, portId, protocol]),
        format: ctx.format,
        tool,
        rule_id: 'open-port',
        title: `Open port ${portId}/${protocol} on ${target}${described ? `: ${described}` : ''}`,
        severity,
        native_severity: NATIVE_SEVERITY,
        asset,
      };
      if (version) finding.tool_version = version;
      const raw: Record<string, unknown> = {};
      for (const key of ['name', 'product', 'version', 'extrainfo', 'tunnel', 'method'] as const) {
        const value = service[key];
        if (value) raw[key === 'name' ? 'service' : key] = value;
      }
      const cpes = children(serviceNode, 'cpe').map((c) => textOf(c)).filter(Boolean);
      if (cpes.length > 0) raw['cpe'] = cpes;
      const vulners = summarizeVulners(port);
      if (vulners !== undefined && vulners.cve.length > 0) {
        finding.cve = vulners.cve;
        if (vulners.maxCvss !== undefined) raw['max_cvss'] = vulners.maxCvss;
        finding.description = `vulners lists ${vulners.cve.length} CVE(s) for ${described || `port ${portId}`}`;
      }
      finding.raw = raw;
      ctx.add(finding);
    }
  }
}
