// Masscan -oL list output ("open tcp 80 1.2.3.4 1629960470", "banner …", "#masscan") → open-port findings.
import { forEachLine } from './json-text.js';
import { MasscanPorts } from './masscan-ports.js';
import type { ParseContext } from './parse-types.js';
import { portNumber } from './values.js';

const EVENT = /^(open|closed|banner)\s+([a-z]+)\s+(\d{1,5})\s+(\S+)\s+(\d+)(?:\s+(\S+)\s?(.*))?$/;

export function parseMasscanList(text: string, ctx: ParseContext): void {
  const ports = new MasscanPorts();
  let tool: string | undefined;
  forEachLine(text, (raw, lineNo) => {
    const line = raw.trim();
    if (line.startsWith('#')) {
      const header = /^#\s*([A-Za-z][\w-]*)\s*$/.exec(line);
      if (tool === undefined && header && header[1] !== 'end') tool = header[1];
      return;
    }
    const m = EVENT.exec(line);
    const port = m ? portNumber(m[3]) : undefined;
    if (m === null || port === undefined) {
      ctx.problem('line is not a masscan list entry; skipped', lineNo);
      return;
    }
    const [, kind = '', proto = '', , ip = '', , service, banner] = m;
    if (kind === 'banner') ports.banner(ip, port, proto, service ?? 'unknown', banner ?? '');
    else ports.status(ip, port, proto, kind);
  });
  ports.emit(ctx, tool ?? ctx.format);
}
