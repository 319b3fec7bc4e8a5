// Nuclei results → findings: JSONL (current and legacy keys) or the JSON-array export; bad lines are skipped.
import type { Finding, FindingAsset } from './finding.generated.js';
import { fingerprintOf } from './fingerprint.js';
import { forEachLine, parseJson } from './json-text.js';
import type { ParseContext } from './parse-types.js';
import { resolveSeverity } from './severity.js';
import { parseTarget } from './target-address.js';
import { clip, isRecord, portNumber, str } from './values.js';
import { addUnique, cvesIn, normalizeCwe } from './weakness-ids.js';

type Json = Record<string, unknown>;

/** A string, or the strings of a list, or the lines of a newline-joined legacy string. */
function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\n,]/).map((s) => s.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}

function toFinding(record: Json, ctx: ParseContext, line: number | undefined): Finding | undefined {
  const templateId = str(record['template-id']) ?? str(record['templateID']) ?? str(record['template_id']);
  if (templateId === undefined) {
    ctx.problem('Nuclei result has no template-id; skipped', line);
    return undefined;
  }
  const info = isRecord(record['info']) ? record['info'] : {};
  const native = str(info['severity']) ?? 'unknown';
  const host = str(record['host']);
  const matchedAt = str(record['matched-at']) ?? str(record['matched']) ?? host ?? '';
  const matcher = str(record['matcher-name']) ?? str(record['matcher_name']);

  const finding: Finding = {
    fingerprint: fingerprintOf(ctx.format, [templateId, matchedAt, matcher ?? '']),
    format: ctx.format,
    tool: ctx.format,
    rule_id: templateId,
    title: str(info['name']) ?? templateId,
    severity: resolveSeverity(ctx.format, native, ctx.severityFor),
    native_severity: native,
  };
  const description = str(info['description'])?.trim();
  if (description) finding.description = description;

  const classification = isRecord(info['classification']) ? info['classification'] : {};
  const cve = addUnique([], stringList(classification['cve-id']).flatMap(cvesIn));
  if (cve.length > 0) finding.cve = cve;
  const cwe = addUnique([], stringList(classification['cwe-id']).map(normalizeCwe));
  if (cwe.length > 0) finding.cwe = cwe.sort();

  const target = parseTarget(matchedAt !== '' ? matchedAt : (host ?? ''));
  const asset: FindingAsset = {};
  const ip = str(record['ip']) ?? target.ip;
  if (ip !== undefined) asset.ip = ip;
  const hostname = target.hostname ?? (host !== undefined ? parseTarget(host).hostname : undefined);
  if (hostname !== undefined) asset.hostname = hostname;
  const port = portNumber(record['port']) ?? target.port;
  if (port !== undefined) asset.port = port;
  if (host !== undefined) asset.external_id = host;
  if (Object.keys(asset).length > 0) finding.asset = asset;

  const raw: Json = { matched_at: matchedAt };
  const type = str(record['type']);
  if (type !== undefined) raw['type'] = type;
  if (matcher !== undefined) raw['matcher_name'] = matcher;
  const extracted = stringList(record['extracted-results'] ?? record['extracted_results']);
  if (extracted.length > 0) raw['extracted_results'] = extracted.slice(0, 10).map((s) => clip(s, 200));
  const tags = stringList(info['tags']);
  if (tags.length > 0) raw['tags'] = tags;
  const template = str(record['template-path']) ?? str(record['template']);
  if (template !== undefined) raw['template'] = template;
  finding.raw = raw;
  return finding;
}

function addRecord(value: unknown, ctx: ParseContext, line: number | undefined): void {
  if (!isRecord(value)) {
    ctx.problem('Nuclei result is not a JSON object; skipped', line);
    return;
  }
  const finding = toFinding(value, ctx, line);
  if (finding !== undefined) ctx.add(finding);
}

export function parseNuclei(text: string, ctx: ParseContext): void {
  const start = text.search(/\S/);
  if (text[start] === '[') {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      ctx.problem(`Nuclei JSON export is not valid JSON: ${parsed.message}`, parsed.line, true);
      return;
    }
    const list = Array.isArray(parsed.value) ? parsed.value : [];
    for (const item of list) addRecord(item, ctx, undefined);
    return;
  }
  let firstLineFailed = false;
  let lines = 0;
  const pending: { line: number; message: string }[] = [];
  forEachLine(text, (line, lineNo) => {
    lines++;
    const parsed = parseJson(line, lineNo);
    if (parsed.ok) addRecord(parsed.value, ctx, lineNo);
    else {
      if (lines === 1) firstLineFailed = true;
      pending.push({ line: lineNo, message: `line is not valid JSON (${parsed.message}); skipped` });
    }
  });
  // One pretty-printed object is not JSONL: read it whole when every line failed.
  if (firstLineFailed && pending.length === lines) {
    const whole = parseJson(text);
    if (whole.ok) {
      for (const item of Array.isArray(whole.value) ? whole.value : [whole.value]) addRecord(item, ctx, undefined);
      return;
    }
  }
  for (const p of pending) ctx.problem(p.message, p.line);
}
