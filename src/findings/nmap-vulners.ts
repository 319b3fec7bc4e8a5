// CVE ids and the highest CVSS from the NSE "vulners" script of one nmap port (table tree, else its output text).
import { attrs, children, textOf, type XmlNode } from './xml-records.js';
import { parseCvss } from './severity.js';
import { addUnique, cvesIn } from './weakness-ids.js';

export interface VulnersSummary {
  cve: string[];
  maxCvss: number | undefined;
}

const CVE_ID = /^CVE-\d{4}-\d{4,}$/i;

/** Walks <table> rows of <elem key="id"> / <elem key="cvss">; depth is already bounded by the XML reader. */
function walk(node: XmlNode, out: VulnersSummary): void {
  let id: string | undefined;
  let cvss: number | undefined;
  for (const elem of children(node, 'elem')) {
    const key = attrs(elem)['key'];
    if (key === 'id') id = textOf(elem);
    else if (key === 'cvss') cvss = parseCvss(textOf(elem));
  }
  if (id !== undefined && CVE_ID.test(id)) {
    addUnique(out.cve, [id.toUpperCase()]);
    if (cvss !== undefined && (out.maxCvss === undefined || cvss > out.maxCvss)) out.maxCvss = cvss;
  }
  for (const table of children(node, 'table')) walk(table, out);
}

export function summarizeVulners(port: XmlNode): VulnersSummary | undefined {
  const script = children(port, 'script').find((s) => attrs(s)['id'] === 'vulners');
  if (script === undefined) return undefined;
  const out: VulnersSummary = { cve: [], maxCvss: undefined };
  walk(script, out);
  if (out.cve.length === 0) addUnique(out.cve, cvesIn(attrs(script)['output'] ?? ''));
  return out;
}
