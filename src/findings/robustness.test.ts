// Hostile and broken input: entity attacks, depth, size, truncation, corrupt lines, empty files — problems, never throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileFormat } from '../catalog/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, FindingsInputError, parseFindings, SUPPORTED_FORMATS } from './index.js';
import { MAX_PROBLEMS } from './parse-findings.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const corpus = (p: string) => readFileSync(new URL(p, CORPUS), 'utf8');
const severityFor = () => undefined;
const parse = (content: string | Buffer, extra: { fileName?: string; format?: FileFormat; maxBytes?: number; maxDepth?: number } = {}) =>
  parseFindings(content, { severityFor, ...extra });

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

const LAUGHS = (root: string, inner: string) => `<?xml version="1.0"?>
<!DOCTYPE ${root} [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
${inner}`;

const NMAP_HOST = (addr: string) =>
  `<host><status state="up"/><address addr="${addr}" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"/><service name="ssh" product="&lol9;"/></port></ports></host>`;
const NESSUS_DOC = (inner: string) => `<NessusClientData_v2><Report name="r"><ReportHost name="10.0.0.1">${inner}</ReportHost></Report></NessusClientData_v2>`;

describe('XML entity attacks', () => {
  it('billion laughs (nmap): refused quickly, nothing expanded', () => {
    const { value, ms } = timed(() => parse(LAUGHS('nmaprun', `<nmaprun scanner="&lol9;">${NMAP_HOST('10.0.0.1')}</nmaprun>`)));
    expect(ms).toBeLessThan(2000);
    expect(value.format).toBe('nmap_xml');
    expect(value.findings).toEqual([]);
    expect(value.problems).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/entit/i) })]);
    expect(JSON.stringify(value)).not.toContain('lollol');
  });

  it('billion laughs (nessus): refused quickly, nothing expanded', () => {
    const item = '<ReportItem port="0" protocol="tcp" severity="4" pluginID="1" pluginName="&lol9;"><description>&lol9;</description></ReportItem>';
    const { value, ms } = timed(() => parse(LAUGHS('NessusClientData_v2', NESSUS_DOC(item))));
    expect(ms).toBeLessThan(2000);
    expect(value.findings).toEqual([]);
    expect(value.problems[0]?.fatal).toBe(true);
    expect(JSON.stringify(value)).not.toContain('lollol');
  });

  it('external entity to file:///etc/passwd: refused, the file content never appears', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE nmaprun [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<nmaprun scanner="nmap"><host><address addr="10.0.0.1" addrtype="ipv4"/><hostnames><hostname name="&xxe;" type="user"/></hostnames>
<ports><port protocol="tcp" portid="80"><state state="open"/><service name="&xxe;"/></port></ports></host></nmaprun>`;
    const result = parse(xxe);
    const passwd = readFileSync('/etc/passwd', 'utf8');
    const text = JSON.stringify(result);
    expect(text).not.toContain('root:');
    expect(text).not.toContain(passwd.split('\n')[0]);
    expect(result.findings).toEqual([]);
    expect(result.problems[0]?.fatal).toBe(true);
  });

  it('an external DTD without entity declarations is ignored, never fetched', () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE nmaprun SYSTEM "file:///etc/passwd"><nmaprun scanner="nmap"><host><address addr="10.0.0.1" addrtype="ipv4"/><ports><port protocol="tcp" portid="80"><state state="open"/><service name="http"/></port></ports></host></nmaprun>`;
    const result = parse(doc);
    expect(result.problems).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('undeclared entity references stay literal; predefined entities and character references are decoded', () => {
    const doc = `<nmaprun scanner="nmap" version="7&#46;9&amp;x"><host><address addr="10.0.0.1" addrtype="ipv4"/><ports><port protocol="tcp" portid="80"><state state="open"/><service name="http" product="&xxe; &lt;b&gt;"/></port></ports></host></nmaprun>`;
    const result = parse(doc);
    expect(result.findings[0]?.tool_version).toBe('7.9&x');
    expect(result.findings[0]?.raw?.['product']).toBe('&xxe; <b>');
  });
});

describe('limits', () => {
  it('rejects input over the size limit as one fatal problem', () => {
    const sarif = corpus('sarif/eslint-formatter-sarif-one-result.sarif');
    const result = parse(sarif, { maxBytes: 100 });
    expect(result.findings).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('100-byte limit') })]);
    expect(parse(Buffer.from(sarif), { maxBytes: 100 }).problems[0]?.fatal).toBe(true);
    expect(DEFAULT_MAX_BYTES).toBe(256 * 1024 * 1024);
  });

  it('counts bytes, not characters, for strings near the limit', () => {
    const sarif = corpus('sarif/eslint-formatter-sarif-one-result.sarif').replace('never used', 'never used ' + 'é'.repeat(200));
    const bytes = Buffer.byteLength(sarif);
    expect(parse(sarif, { maxBytes: sarif.length + 10 }).problems[0]?.fatal).toBe(bytes > sarif.length + 10 ? true : undefined);
  });

  it('XML nested deeper than the limit is one problem, quickly', () => {
    const depth = 50_000;
    const doc = `<nmaprun><host>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</host></nmaprun>`;
    const { value, ms } = timed(() => parse(doc));
    expect(ms).toBeLessThan(5000);
    expect(value.findings).toEqual([]);
    expect(value.problems).toEqual([expect.objectContaining({ message: expect.stringContaining(`${DEFAULT_MAX_DEPTH} levels`) })]);
  });

  it('the depth limit is an option', () => {
    const nmap = corpus('nmap/nmap-sV-open-closed-versions.xml');
    // nmaprun > host > ports > port is 4 levels deep.
    expect(parse(nmap, { maxDepth: 3 }).problems[0]?.message).toContain('3 levels');
    expect(parse(nmap, { maxDepth: 4 }).findings).toHaveLength(2);
  });

  it('deeply nested JSON is read without a stack overflow', () => {
    const deep = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"r","message":{"text":"m"},"properties":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}]}`;
    expect(parse(deep).findings).toHaveLength(1);
  });
});

describe('broken XML', () => {
  it('a truncated nmap file keeps the hosts before the cut and reports the cut', () => {
    const full = corpus('nmap/nmap-A-subnet-256hosts-4up.xml');
    const hosts = [...full.matchAll(/<host[\s>]/g)].length;
    // Cut inside the last host that has open ports.
    const lastOpen = full.lastIndexOf('state="open"');
    const cut = full.slice(0, lastOpen);
    const portsBefore = [...cut.matchAll(/<port [^>]*>\s*<state state="open"/g)].length;
    const lastHostStart = Math.max(cut.lastIndexOf('<host '), cut.lastIndexOf('<host>'));
    const openInCutHost = [...cut.slice(lastHostStart).matchAll(/<state state="open"/g)].length;
    const result = parse(cut);
    expect(hosts).toBeGreaterThan(4);
    expect(result.findings).toHaveLength(portsBefore - openInCutHost);
    const cutLine = cut.slice(0, lastHostStart).split('\n').length;
    expect(result.problems.some((p) => p.line === cutLine && /truncated/.test(p.message))).toBe(true);
    expect(result.problems.some((p) => /not well-formed/.test(p.message))).toBe(true);
  });

  it('a truncated Nessus file keeps the intact ReportHost', () => {
    const full = corpus('nessus/nessus4-example-2hosts-69items.nessus');
    const second = full.indexOf('<ReportHost ', full.indexOf('<ReportHost ') + 1);
    const cut = full.slice(0, second + 500);
    const firstHostItems = (full.slice(0, second).match(/<ReportItem /g) ?? []).length;
    const result = parse(cut);
    expect(new Set(result.findings.map((f) => f.asset?.external_id)).size).toBe(1);
    expect(result.findings.length).toBeLessThanOrEqual(firstHostItems);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
  });

  it('a malformed host is skipped with its line; the other hosts are read', () => {
    const good = (ip: string) =>
      `<host><address addr="${ip}" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"/></port></ports></host>`;
    const bad = `<host><address addr="10.0.0.2" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"></port></ports></host>`;
    const doc = `<nmaprun scanner="nmap">\n${good('10.0.0.1')}\n${bad}\n${good('10.0.0.3')}\n</nmaprun>`;
    const result = parse(doc);
    expect(result.findings.map((f) => f.asset?.ip)).toEqual(['10.0.0.1', '10.0.0.3']);
    expect(result.problems.some((p) => p.line === 3 && /skipped/.test(p.message))).toBe(true);
    expect(result.problems.every((p) => !p.fatal)).toBe(true);
  });

  it('fully broken XML is exactly one fatal problem', () => {
    for (const doc of ['<nmaprun><<<>>>', '<NessusClientData_v2><Report><ReportHost name="x"><ReportItem', '<nmaprun scanner="nmap"']) {
      const result = parse(doc);
      expect(result.findings).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.fatal).toBe(true);
    }
  });
});

describe('broken JSON', () => {
  it('a corrupt JSONL line is reported with its 1-based number and skipped', () => {
    const lines = corpus('nuclei/nuclei-legacy-v2-jsonl-mixed-severity.jsonl').trim().split('\n');
    lines[4] = lines[4]!.slice(0, 40);
    lines.splice(7, 0, '   ', 'not json at all');
    const result = parse(lines.join('\n'));
    expect(result.findings).toHaveLength(lines.length - 3);
    expect(result.problems.map((p) => p.line)).toEqual([5, 9]);
  });

  it('a JSONL object without a template id is reported and skipped', () => {
    const result = parse('{"template-id":"a","info":{"severity":"high"},"matched-at":"http://x"}\n{"template":"b.yaml","info":{}}\n', { format: 'nuclei_jsonl' });
    expect(result.findings).toHaveLength(1);
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('template-id') }]);
  });

  it('invalid SARIF JSON is one fatal problem with the line of the error', () => {
    const text = '{\n  "version": "2.1.0",\n  "runs": [\n    { "tool": { "driver": { "name": "x" } }, "results": [ { , ] }\n  ]\n}';
    const result = parse(text);
    expect(result.findings).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ fatal: true, line: 4 });
  });

  it('SARIF results that are not objects are skipped, the rest kept', () => {
    const text = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [null, 3, { ruleId: 'r', message: { text: 'm' } }] }, 'nope'] });
    const result = parse(text);
    expect(result.findings).toHaveLength(1);
    expect(result.problems).toHaveLength(3);
  });

  it("masscan's old broken -oJ (trailing comma, {finished: 1}) is read", () => {
    const old = '[\n{ "ip": "10.0.0.1", "timestamp": "1", "ports": [ {"port": 80, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] },\n{ "ip": "10.0.0.2", "timestamp": "1", "ports": [ {"port": 443, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] },\n{finished: 1}\n]\n';
    const result = parse(old);
    expect(result.format).toBe('masscan_json');
    expect(result.findings.map((f) => f.asset?.port)).toEqual([80, 443]);
    expect(result.problems).toEqual([]);
    const trailing = '[\n{ "ip": "10.0.0.1", "timestamp": "1", "ports": [ {"port": 80, "proto": "tcp", "status": "open"} ] },\n]\n';
    expect(parse(trailing).findings).toHaveLength(1);
  });

  it('masscan list: closed ports are no finding, a garbage line is a problem', () => {
    const result = parse('#masscan\nopen tcp 22 10.0.0.1 1\nclosed tcp 23 10.0.0.1 1\nwhat is this\n# end\n');
    expect(result.findings).toHaveLength(1);
    expect(result.problems).toEqual([{ line: 4, message: expect.any(String) }]);
  });
});

describe('many problems', () => {
  it('lists the first MAX_PROBLEMS and counts the rest in one last problem', () => {
    const garbage = '#masscan\n' + 'nonsense line\n'.repeat(MAX_PROBLEMS + 5);
    const result = parse(garbage);
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)?.message).toBe('5 more problems not listed');
  });

  it('an unknown explicit format is the typed unknown-format error', () => {
    expect(() => parse('x', { format: 'nope' as FileFormat })).toThrow(FindingsInputError);
  });
});

describe('empty input', () => {
  it.each(['', '   ', '\n\n\t\n', '\uFEFF'])('%j is zero findings and no problems', (content) => {
    for (const fileName of [undefined, 'x.sarif', 'x.nessus', 'x.jsonl', 'x.xml']) {
      const result = parse(content, fileName === undefined ? {} : { fileName });
      expect(result.findings).toEqual([]);
      expect(result.problems).toEqual([]);
    }
    expect(parse(Buffer.from(content)).findings).toEqual([]);
  });

  it('an empty file with a given format keeps that format', () => {
    for (const format of SUPPORTED_FORMATS) expect(parse('', { format }).format).toBe(format);
  });

  it('an empty JSON array is zero findings', () => {
    expect(parse('[]\n').findings).toEqual([]);
    expect(parse('[ ]').problems).toEqual([]);
  });

  it('well-formed files without results are zero findings', () => {
    expect(parse('{"version":"2.1.0","runs":[]}').findings).toEqual([]);
    expect(parse('{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[]}]}').problems).toEqual([]);
    expect(parse('<nmaprun scanner="nmap"></nmaprun>').problems).toEqual([]);
    expect(parse('<?xml version="1.0"?><NessusClientData_v2/>').problems).toEqual([]);
  });

  it('UTF-16 files with a byte-order mark are decoded (PowerShell redirects)', () => {
    const list = 'open tcp 22 10.0.0.1 1\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(parse(le).findings).toHaveLength(1);
    expect(parse(be).findings).toHaveLength(1);
  });

  it('a UTF-8 BOM before content is ignored', () => {
    const sarif = corpus('sarif/eslint-formatter-sarif-one-result.sarif');
    expect(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sarif)])).findings).toHaveLength(1);
  });
});
