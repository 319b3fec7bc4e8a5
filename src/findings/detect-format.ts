// Recognizes a findings file's format from its first bytes (the file name is only a tie-breaker).
import type { FileFormat } from '../catalog/types.js';

/** How many leading characters detection looks at. */
export const DETECT_HEAD_CHARS = 64 * 1024;

interface Sniff {
  /** First non-whitespace character after a BOM. */
  first: string;
  /** The first line that is not blank. */
  firstLine: string;
  /** First key of the first JSON object, when the text starts with { or [{. */
  firstKey: string | undefined;
  /** Name of the XML root element, when the text starts with <. */
  root: string | undefined;
  head: string;
}

const NUCLEI_FIRST_KEYS = new Set(['template', 'template-id', 'templateID', 'template-url', 'template-path']);
const NUCLEI_KEY = /"(?:template-id|templateID)"\s*:/;
const SARIF_RUNS = /"runs"\s*:/;
const SARIF_HINT = /sarif|"version"\s*:\s*"2\.1\.0"|"driver"\s*:/i;
const MASSCAN_IP = /"ip"\s*:/;
const MASSCAN_PORT = /"(?:ports|port|rec_type)"\s*:/;
const MASSCAN_LINE = /^(?:open|closed|banner)\s+[a-z]+\s+\d+\s+\S+\s+\d+/;
const FIRST_KEY = /^[[\s]*\{\s*"([^"\\]{1,64})"/;

function sniff(head: string): Sniff {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length && /\s/.test(head[i] ?? '')) i++;
  const first = head[i] ?? '';
  const rest = head.slice(i);
  let lineEnd = rest.indexOf('\n');
  if (lineEnd < 0) lineEnd = rest.length;
  const firstLine = rest.slice(0, lineEnd).trim();
  const keyMatch = first === '{' || first === '[' ? FIRST_KEY.exec(rest) : null;
  return { first, firstLine, firstKey: keyMatch?.[1], root: first === '<' ? xmlRootName(rest) : undefined, head: rest };
}

/** Name of the first element, skipping the XML declaration, processing instructions, comments and DOCTYPE. */
export function xmlRootName(text: string): string | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '<') return undefined;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      const close = text.indexOf('>', i);
      const bracket = text.indexOf('[', i);
      const end = bracket >= 0 && bracket < close ? text.indexOf(']', bracket) : close;
      if (end < 0) return undefined;
      i = text.indexOf('>', end) + 1;
      if (i === 0) return undefined;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
      return m?.[1];
    }
  }
}

function isSarif(s: Sniff): boolean {
  return s.first === '{' && !NUCLEI_FIRST_KEYS.has(s.firstKey ?? '') && SARIF_RUNS.test(s.head) && SARIF_HINT.test(s.head);
}

function isNuclei(s: Sniff): boolean {
  if (s.first === '[') return NUCLEI_KEY.test(s.head);
  if (s.first !== '{') return false;
  return NUCLEI_FIRST_KEYS.has(s.firstKey ?? '') || (!isSarif(s) && NUCLEI_KEY.test(s.firstLine));
}

function isMasscanJson(s: Sniff): boolean {
  if (s.first === '[') return !NUCLEI_KEY.test(s.head) && MASSCAN_IP.test(s.head) && MASSCAN_PORT.test(s.head);
  if (s.first !== '{' || isSarif(s) || isNuclei(s)) return false;
  return MASSCAN_IP.test(s.firstLine) && MASSCAN_PORT.test(s.firstLine);
}

function isMasscanList(s: Sniff): boolean {
  return /^#\s*masscan\b/i.test(s.firstLine) || MASSCAN_LINE.test(s.firstLine);
}

/** Content tests and file-name hints per format; the record's key order is the detection order. */
const DETECTORS = {
  sarif: { content: isSarif, names: /\.sarif(?:\.json)?$/i },
  nuclei_jsonl: { content: isNuclei, names: undefined },
  masscan_json: { content: isMasscanJson, names: undefined },
  nmap_xml: { content: (s: Sniff) => s.root === 'nmaprun', names: undefined },
  nessus_xml: { content: (s: Sniff) => s.root === 'NessusClientData_v2', names: /\.nessus$/i },
  masscan_list: { content: isMasscanList, names: undefined },
} satisfies Record<FileFormat, { content: (s: Sniff) => boolean; names: RegExp | undefined }>;

const ORDER = Object.keys(DETECTORS) as FileFormat[];

/**
 * The format of a findings file from its first bytes (pass at least the first few KiB).
 * The file name only decides when the content is empty; it never overrides the content.
 */
export function detectFormat(head: string, fileName?: string): FileFormat | undefined {
  const s = sniff(head.length > DETECT_HEAD_CHARS ? head.slice(0, DETECT_HEAD_CHARS) : head);
  if (s.first !== '') {
    for (const format of ORDER) if (DETECTORS[format].content(s)) return format;
    return undefined;
  }
  if (fileName) for (const format of ORDER) if (DETECTORS[format].names?.test(fileName)) return format;
  return undefined;
}
