// Masscan -oJ (array, tolerating trailing commas and {finished:1}) and -oD NDJSON → open-port findings.
import { forEachLine, parseJson } from './json-text.js';
import { MasscanPorts } from './masscan-ports.js';
import type { ParseContext } from './parse-types.js';
import { isRecord, portNumber, str } from './values.js';

type Json = Record<string, unknown>;

const FINISHED = /^\{\s*"?finished"?\s*:\s*1\s*\}$/;

function addRecord(record: unknown, ports: MasscanPorts, ctx: ParseContext, line: number | undefined): void {
  if (!isRecord(record)) {
    ctx.problem('masscan record is not a JSON object; skipped', line);
    return;
  }
  if ('finished' in record && !('ip' in record)) return;
  const ip = str(record['ip']);
  if (ip === undefined) {
    ctx.problem('masscan record has no "ip"; skipped', line);
    return;
  }
  // -oD: one port per record, details under "data".
  if (record['rec_type'] !== undefined) {
    addPort(ip, { ...(isRecord(record['data']) ? record['data'] : {}), port: record['port'], proto: record['proto'] }, ports, ctx, line);
    return;
  }
  const list = record['ports'];
  if (!Array.isArray(list)) {
    ctx.problem(`masscan record for ${ip} has no "ports" list; skipped`, line);
    return;
  }
  for (const p of list) addPort(ip, isRecord(p) ? p : {}, ports, ctx, line);
}

function addPort(ip: string, p: Json, ports: MasscanPorts, ctx: ParseContext, line: number | undefined): void {
  const port = portNumber(p['port']);
  const proto = str(p['proto']) ?? 'tcp';
  if (port === undefined) {
    ctx.problem(`masscan port entry for ${ip} has no valid port; skipped`, line);
    return;
  }
  const service = isRecord(p['service']) ? p['service'] : undefined;
  const serviceName = str(service?.['name']) ?? str(p['service_name']);
  const banner = service !== undefined ? service['banner'] : p['banner'];
  if (serviceName !== undefined || typeof banner === 'string') {
    ports.banner(ip, port, proto, serviceName ?? 'unknown', typeof banner === 'string' ? banner : '');
    return;
  }
  const status = str(p['status']);
  if (status === undefined) {
    ctx.problem(`masscan port ${port}/${proto} on ${ip} has neither status nor banner; skipped`, line);
    return;
  }
  ports.status(ip, port, proto, status, str(p['reason']), typeof p['ttl'] === 'number' ? p['ttl'] : undefined);
}

/** Reads records whole when the text is valid JSON, else after dropping trailing commas, else one line at a time. */
export function parseMasscanJson(text: string, ctx: ParseContext): void {
  const ports = new MasscanPorts();
  let whole = parseJson(text);
  if (!whole.ok && /,\s*[\]}]/.test(text)) whole = parseJson(text.replace(/,(\s*[\]}])/g, '$1'));
  if (whole.ok) {
    for (const record of Array.isArray(whole.value) ? whole.value : [whole.value]) addRecord(record, ports, ctx, undefined);
  } else {
    forEachLine(text, (raw, lineNo) => {
      let line = raw.trim();
      if (line === '[' || line === ']' || line === ',' || FINISHED.test(line)) return;
      if (line.startsWith(',')) line = line.slice(1).trim();
      if (line.endsWith(',')) line = line.slice(0, -1).trim();
      if (FINISHED.test(line)) return;
      const parsed = parseJson(line, lineNo);
      if (parsed.ok) addRecord(parsed.value, ports, ctx, lineNo);
      else ctx.problem(`line is not valid JSON (${parsed.message}); skipped`, lineNo);
    });
  }
  ports.emit(ctx, ctx.format);
}
