// `secwire findings FILE… [--json]` as a process, on real corpus files: the normalized findings and the count
// per severity, checked against numbers computed here.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../src/findings/index.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { GRYPE, NMAP, nmapOpenPorts, NUCLEI, nucleiCounts, sarifCounts, total, type Counts } from './corpus-expect.js';

const countsLine = (c: Counts) => `${total(c)} findings: ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.info} info`;

describe('secwire findings', () => {
  it('text: one line per finding under a file header, then the count per severity', async () => {
    const grype = sarifCounts(GRYPE);
    const r = await runCli(['findings', GRYPE]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${GRYPE}: sarif, ${total(grype)} findings`);
    const rows = lines.filter((l) => /^ {2}(critical|high|medium|low|info) /.test(l));
    expect(rows).toHaveLength(total(grype));
    expect(rows[0]).toMatch(/^ {2}critical {2}lib\/\S+\.jar:1 {2}CVE-/); // most severe first
    expect(lines.at(-1)).toBe(countsLine(grype));
  });

  it('--json: NDJSON on stdout, every line a Finding valid against the schema; the count on stderr', async () => {
    const nuclei = nucleiCounts(NUCLEI);
    const r = await runCli(['findings', '--json', NUCLEI, NMAP]);
    expect(r.code).toBe(0);
    const findings = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { format: string; severity: keyof Counts });
    const validate = new Ajv2020({ strict: false }).compile(findingSchema);
    for (const f of findings) expect(validate(f), JSON.stringify(validate.errors)).toBe(true);
    const expected: Counts = { ...nuclei, info: nuclei.info + nmapOpenPorts(NMAP) };
    expect(findings).toHaveLength(total(expected));
    expect(findings.filter((f) => f.format === 'nmap_xml')).toHaveLength(nmapOpenPorts(NMAP));
    expect(r.stderr).toBe(`${countsLine(expected)}\n`);
  });

  it('exits 1 with a clear message on a missing file, without a stack trace', async () => {
    const r = await runCli(['findings', 'missing.sarif']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: findings file missing.sarif: no such file\n  hint: check the path; it is relative to the current directory\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
