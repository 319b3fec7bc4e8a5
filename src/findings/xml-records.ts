// Safe XML reading for the XML formats: entity attacks refused, depth bounded, broken records skipped.
import { createRequire } from 'node:module';
import type { XMLParser } from 'fast-xml-parser';

// Loaded on the first XML file, not at start-up: SARIF and JSONL runs (the common gate case) never need it.
let xml: typeof import('fast-xml-parser') | undefined;
const fastXml = (): typeof import('fast-xml-parser') => (xml ??= createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser'));
import type { ParseContext } from './parse-types.js';
import { decodeXmlText, safeEntityDecoder } from './xml-entities.js';

/** A parsed element: attributes under "@", text under "#text", children by tag name. */
export type XmlNode = { readonly [key: string]: unknown };

export interface XmlRecordSpec {
  /** Root element name (nmaprun, NessusClientData_v2). */
  root: string;
  /** Repeating element holding one unit of results (host, ReportHost). */
  record: string;
  /** Picks the record elements out of the root element of a well-formed document. */
  select: (root: XmlNode) => XmlNode[];
  /** Tag names that are always arrays. */
  arrays: readonly string[];
  /** Paths whose content is kept as raw text instead of parsed (large blocks we never read). */
  stopNodes?: readonly string[];
}

export interface XmlRecords {
  /** Attributes of the root element (read from its start tag when the document is broken). */
  rootAttrs: Readonly<Record<string, string>>;
  records: XmlNode[];
}

const ATTRS = '@';

/** The attribute map of a node (empty when it has none). */
export function attrs(node: unknown): Readonly<Record<string, string>> {
  if (node === null || typeof node !== 'object') return {};
  const a = (node as XmlNode)[ATTRS];
  return a !== null && typeof a === 'object' ? (a as Record<string, string>) : {};
}

/** Child elements of a node by tag name, always as an array. */
export function children(node: unknown, tag: string): XmlNode[] {
  if (node === null || typeof node !== 'object') return [];
  const c = (node as XmlNode)[tag];
  if (c === undefined || c === null) return [];
  return (Array.isArray(c) ? c : [c]).map((x) => (x !== null && typeof x === 'object' ? (x as XmlNode) : { '#text': x }));
}

/** The text of a node or of its named child ('' when absent). */
export function textOf(node: unknown, tag?: string): string {
  const target = tag === undefined ? node : children(node, tag)[0];
  if (target === undefined || target === null) return '';
  if (typeof target !== 'object') return String(target);
  const t = (target as XmlNode)['#text'];
  return t === undefined || t === null ? '' : String(t);
}

function makeParser(spec: XmlRecordSpec, maxDepth: number): XMLParser {
  const arrays = new Set(spec.arrays);
  return new (fastXml().XMLParser)({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: ATTRS,
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    entityDecoder: safeEntityDecoder(),
    // fast-xml-parser refuses to open an element at depth d when d > maxNestedTags + 1.
    maxNestedTags: Math.max(0, maxDepth - 1),
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: spec.stopNodes ? [...spec.stopNodes] : [],
    isArray: (name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute && arrays.has(name),
  });
}

function lineAt(text: string, offset: number, from = 0, fromLine = 1): number {
  let line = fromLine;
  for (let i = text.indexOf('\n', from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function describe(err: unknown, maxDepth: number): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/nested tags/i.test(msg)) return `elements are nested deeper than ${maxDepth} levels`;
  return msg;
}

/** True when the text declares entities in a DOCTYPE: refused outright (billion laughs, XXE). */
function declaresEntities(text: string): boolean {
  const doctype = text.indexOf('<!DOCTYPE');
  return doctype >= 0 && text.indexOf('<!ENTITY', doctype) >= 0;
}

function rootAttrsFromStartTag(text: string, root: string): Record<string, string> {
  const start = text.indexOf(`<${root}`);
  if (start < 0) return {};
  const end = text.indexOf('>', start);
  const tag = text.slice(start + root.length + 1, end < 0 ? start + 4096 : end);
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = decodeXmlText(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Reads the records of an XML findings file. A well-formed document is parsed whole; a broken one
 * gets one problem and then each record element is parsed on its own, skipping (and reporting) bad ones.
 * Never throws for bad input.
 */
export function readXmlRecords(text: string, spec: XmlRecordSpec, ctx: ParseContext): XmlRecords {
  const empty: XmlRecords = { rootAttrs: {}, records: [] };
  if (declaresEntities(text)) {
    ctx.problem('XML declares entities in a DOCTYPE; refused (entity expansion and external entities are never processed)', undefined, true);
    return empty;
  }
  const parser = makeParser(spec, ctx.maxDepth);
  const verdict = fastXml().XMLValidator.validate(text);
  if (verdict === true) {
    try {
      const doc = parser.parse(text) as XmlNode;
      const root = doc[spec.root];
      if (root !== undefined && root !== null && typeof root === 'object') {
        return { rootAttrs: attrs(root), records: spec.select(root as XmlNode) };
      }
      if (root !== undefined) return { rootAttrs: {}, records: [] };
      ctx.problem(`XML has no <${spec.root}> root element`, undefined, true);
      return empty;
    } catch (err) {
      ctx.problem(`XML could not be read: ${describe(err, ctx.maxDepth)}`, undefined, true);
      return empty;
    }
  }
  return recover(text, spec, ctx, parser, `${verdict.err.msg}`, verdict.err.line);
}

function recover(text: string, spec: XmlRecordSpec, ctx: ParseContext, parser: XMLParser, why: string, whyLine: number): XmlRecords {
  const records: XmlNode[] = [];
  const skipped: { line: number; message: string }[] = [];
  const open = new RegExp(`<${spec.record}[\\s>/]`, 'g');
  const close = `</${spec.record}>`;
  let line = 1;
  let lineOffset = 0;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    const start = m.index;
    line = lineAt(text, start, lineOffset, line);
    lineOffset = start;
    const endAt = text.indexOf(close, start);
    if (endAt < 0) {
      skipped.push({ line, message: `<${spec.record}> starting here is truncated (no ${close}); skipped` });
      break;
    }
    const chunk = text.slice(start, endAt + close.length);
    open.lastIndex = endAt + close.length;
    const ok = fastXml().XMLValidator.validate(chunk);
    if (ok !== true) {
      skipped.push({ line: line + ok.err.line - 1, message: `<${spec.record}> skipped: ${ok.err.msg}` });
      continue;
    }
    try {
      const parsed = parser.parse(chunk) as XmlNode;
      records.push(...children(parsed, spec.record));
    } catch (err) {
      skipped.push({ line, message: `<${spec.record}> skipped: ${describe(err, ctx.maxDepth)}` });
    }
  }
  if (records.length === 0) {
    ctx.problem(`XML is not well-formed (${why}); no <${spec.record}> element could be read`, whyLine, true);
    return { rootAttrs: {}, records };
  }
  ctx.problem(`XML is not well-formed (${why}); read the ${records.length} intact <${spec.record}> elements`, whyLine);
  for (const s of skipped) ctx.problem(s.message, s.line);
  return { rootAttrs: rootAttrsFromStartTag(text, spec.root), records };
}
