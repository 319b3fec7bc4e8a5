// NessusXML v2 (.nessus, including Tenable WAS exports) → one finding per ReportItem.
import type { Finding, FindingAsset } from './finding.generated.js';
import { fingerprintOf } from './fingerprint.js';
import type { ParseContext } from './parse-types.js';
import { resolveSeverity } from './severity.js';
import { parseTarget } from './target-address.js';
import { firstLine, portNumber } from './values.js';
import { addUnique, cvesIn, normalizeCwe } from './weakness-ids.js';
import { attrs, children, readXmlRecords, textOf, type XmlNode } from './xml-records.js';

const SPEC = {
  root: 'NessusClientData_v2',
  record: 'ReportHost',
  select: (root: XmlNode) => children(root, 'Report').flatMap((r) => children(r, 'ReportHost')),
  arrays: ['Report', 'ReportHost', 'ReportItem', 'tag', 'cve', 'xref', 'cwe', 'bid', 'see_also', 'cpe'],
  // The policy block (with its 65 KB plugin_set line) is never read.
  stopNodes: ['NessusClientData_v2.Policy'],
};

/** Scores kept in raw, under both the classic and the WAS element names. */
const SCORE_ELEMENTS = ['cvss_base_score', 'cvss3_base_score', 'cvss', 'cvssv3'] as const;

function hostAsset(host: XmlNode): FindingAsset {
  const name = attrs(host)['name'] ?? '';
  const tags = new Map<string, string>();
  for (const properties of children(host, 'HostProperties')) {
    for (const tag of children(properties, 'tag')) {
      const key = attrs(tag)['name'];
      if (key !== undefined) tags.set(key, textOf(tag));
    }
  }
  // WAS exports name hosts by URL ("http://google.com/"); keep the URL as external_id and its host as hostname.
  const target = parseTarget(name);
  const asset: FindingAsset = {};
  const ip = tags.get('host-ip') || target.ip;
  if (ip) asset.ip = ip;
  const fqdn = tags.get('host-fqdn') || tags.get('hostname');
  const hostname = (fqdn && fqdn.includes('://') ? parseTarget(fqdn).hostname : fqdn) || target.hostname;
  if (hostname) asset.hostname = hostname;
  if (name) asset.external_id = name;
  return asset;
}

/** Title of a pluginID 0 item: Nessus's bare port-discovery record (port 0 = the host itself). */
function portDiscoveryTitle(port: number | undefined, protocol: string, service: string | undefined): string {
  if (port === undefined || port === 0) return `Host reachable over ${protocol || 'the network'}`;
  return `Open port ${port}/${protocol}${service ? ` (${service})` : ''}`;
}

function toFinding(item: XmlNode, hostName: string, hostBase: FindingAsset, ctx: ParseContext): Finding | undefined {
  const a = attrs(item);
  const pluginId = a['pluginID'];
  if (!pluginId) {
    ctx.problem(`ReportItem on ${hostName} has no pluginID; skipped`);
    return undefined;
  }
  const port = portNumber(a['port']);
  const protocol = (a['protocol'] ?? '').toLowerCase();
  const native = a['severity'] ?? '0';
  const service = a['svc_name'];
  const title =
    a['pluginName'] ||
    textOf(item, 'plugin_name') ||
    (pluginId === '0' ? portDiscoveryTitle(port, protocol, service) : `plugin ${pluginId}`);

  const finding: Finding = {
    fingerprint: fingerprintOf(ctx.format, [pluginId, hostName, a['port'] ?? '', protocol]),
    format: ctx.format,
    tool: ctx.format,
    rule_id: pluginId,
    title,
    severity: resolveSeverity(ctx.format, native, ctx.severityFor),
    native_severity: native,
  };
  const description = textOf(item, 'description') || textOf(item, 'synopsis');
  if (description) finding.description = description;
  const cve = addUnique([], children(item, 'cve').flatMap((c) => cvesIn(textOf(c))));
  if (cve.length > 0) finding.cve = cve;
  const cwe = addUnique(
    children(item, 'cwe').map((c) => normalizeCwe(textOf(c))).filter((c): c is string => c !== undefined),
    children(item, 'xref').map((x) => {
      const ref = textOf(x);
      return /^CWE:/i.test(ref) ? normalizeCwe(ref.slice(4)) : undefined;
    }),
  );
  if (cwe.length > 0) finding.cwe = cwe.sort();
  const asset: FindingAsset = { ...hostBase };
  if (port !== undefined) asset.port = port;
  if (protocol) asset.protocol = protocol;
  finding.asset = asset;

  const raw: Record<string, unknown> = {};
  const riskFactor = textOf(item, 'risk_factor');
  if (riskFactor) raw['risk_factor'] = riskFactor;
  if (a['pluginFamily']) raw['plugin_family'] = a['pluginFamily'];
  if (service) raw['svc_name'] = service;
  for (const key of SCORE_ELEMENTS) {
    const value = textOf(item, key);
    if (value) raw[key] = value;
  }
  const synopsis = textOf(item, 'synopsis');
  if (synopsis) raw['synopsis'] = firstLine(synopsis, 300);
  finding.raw = raw;
  return finding;
}

export function parseNessus(text: string, ctx: ParseContext): void {
  const { records } = readXmlRecords(text, SPEC, ctx);
  for (const host of records) {
    const hostName = attrs(host)['name'] ?? '';
    const base = hostAsset(host);
    for (const item of children(host, 'ReportItem')) {
      const finding = toFinding(item, hostName, base, ctx);
      if (finding !== undefined) ctx.add(finding);
    }
  }
}
