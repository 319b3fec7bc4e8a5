// Format detection looks at content: renamed corpus files are still recognized; names only break ties on empty input.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileFormat } from '../catalog/types.js';
import { detectFormat, FindingsInputError, parseFindings, SUPPORTED_FORMATS } from './index.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const formatId = (o: Partial<Record<FileFormat, true>>) => Object.keys(o)[0] as FileFormat;
const SARIF = formatId({ sarif: true });
const severityFor = () => undefined;

/** Expected format per corpus file, from the provenance table. */
function expectedFormat(dir: string, name: string): FileFormat | undefined {
  if (dir === 'sarif/') return SARIF;
  if (dir === 'nuclei/') return 'nuclei_jsonl';
  if (dir === 'nmap/') return 'nmap_xml';
  if (dir === 'nessus/') return 'nessus_xml';
  if (name.endsWith('-empty.json')) return undefined;
  return name.endsWith('.txt') ? 'masscan_list' : 'masscan_json';
}

const tmp = mkdtempSync(path.join(tmpdir(), 'secwire-detect-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cases = ['sarif/', 'nuclei/', 'nmap/', 'masscan/', 'nessus/'].flatMap((dir) =>
  readdirSync(new URL(dir, CORPUS)).map((name) => [dir, name] as const),
);

describe('detectFormat from content', () => {
  it.each(cases)('%s%s renamed to .txt is still detected', (dir, name) => {
    const renamed = path.join(tmp, `${name.replace(/\W/g, '_')}.txt`);
    copyFileSync(new URL(dir + name, CORPUS), renamed);
    const content = readFileSync(renamed, 'utf8');
    expect(detectFormat(content.slice(0, 4096), path.basename(renamed))).toBe(expectedFormat(dir, name));
    expect(parseFindings(readFileSync(renamed), { fileName: path.basename(renamed), severityFor }).format).toBe(expectedFormat(dir, name));
  });

  it('content wins over a misleading file name', () => {
    const sarif = readFileSync(new URL('sarif/eslint-formatter-sarif-one-result.sarif', CORPUS), 'utf8');
    expect(detectFormat(sarif, 'scan.nessus')).toBe(SARIF);
    const nmap = readFileSync(new URL('nmap/nmap-sV-open-closed-versions.xml', CORPUS), 'utf8');
    expect(detectFormat(nmap, 'results.sarif')).toBe('nmap_xml');
  });

  it('uses the file name only when there is no content', () => {
    expect(detectFormat('', 'scan.nessus')).toBe('nessus_xml');
    expect(detectFormat('  \n', 'out.sarif.json')).toBe(SARIF);
    expect(detectFormat('', 'out.json')).toBeUndefined();
  });

  it('recognizes minimal hand-written heads of each shape', () => {
    expect(detectFormat('\uFEFF{"version":"2.1.0","runs":[')).toBe(SARIF);
    expect(detectFormat('{"runs":[{"tool":{"driver":{"name":"x"}}}],"version":"2.1.0"}')).toBe(SARIF);
    expect(detectFormat('{"template-id":"x","info":{}}\n')).toBe('nuclei_jsonl');
    expect(detectFormat('{"templateID":"x"}')).toBe('nuclei_jsonl');
    expect(detectFormat('[\n  {\n    "template": "a.yaml",\n    "template-id": "x"')).toBe('nuclei_jsonl');
    expect(detectFormat('[\n{   "ip": "1.2.3.4",   "timestamp": "1", "ports": [ {"port": 80')).toBe('masscan_json');
    expect(detectFormat('{"ip":"1.2.3.4","timestamp":"1","port":80,"proto":"tcp","rec_type":"status"}')).toBe('masscan_json');
    expect(detectFormat('open tcp 80 1.2.3.4 1234567890\n')).toBe('masscan_list');
    expect(detectFormat('#masscan\n# end\n')).toBe('masscan_list');
    expect(detectFormat('<?xml version="1.0"?>\n<!DOCTYPE nmaprun>\n<!-- c -->\n<nmaprun scanner="nmap">')).toBe('nmap_xml');
    expect(detectFormat('<?xml version="1.0" ?><NessusClientData_v2><Policy>')).toBe('nessus_xml');
  });

  it('returns undefined for other JSON and XML', () => {
    expect(detectFormat('{"bomFormat":"CycloneDX","specVersion":"1.4"}')).toBeUndefined();
    expect(detectFormat('<?xml version="1.0"?><html></html>')).toBeUndefined();
    expect(detectFormat('hello world')).toBeUndefined();
  });
});

describe('unknown formats', () => {
  it('throws FindingsInputError naming every supported format', () => {
    const sbom = readFileSync(new URL('sbom/cyclonedx-1.4-laravel-php-composer.json', CORPUS));
    let caught: unknown;
    try {
      parseFindings(sbom, { fileName: 'bom.json', severityFor });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FindingsInputError);
    const message = (caught as Error).message;
    expect(message).toContain('bom.json');
    for (const format of SUPPORTED_FORMATS) expect(message).toContain(format);
  });

  it('a given format skips detection', () => {
    const list = 'open tcp 22 10.0.0.1 1629960470\n';
    expect(parseFindings(list, { format: 'masscan_list', severityFor }).findings).toHaveLength(1);
  });
});
