// SARIF 2.1.0 → findings: one JSON.parse, then a tight loop over every run's results.
import type { Severity } from '../catalog/types.js';
import type { Finding, FindingLocation } from './finding.generated.js';
import { fingerprintText, normalizeWhitespace, toolFingerprint } from './fingerprint.js';
import { isSeverity } from './formats.js';
import { parseJson } from './json-text.js';
import type { ParseContext } from './parse-types.js';
import { cweFromTaxa, RunRules, type Graded, type RuleInfo } from './sarif-rules.js';
import { cvssToSeverity, parseCvss, resolveSeverity } from './severity.js';
import { firstLine, isObj, isRecord, posInt, str } from './values.js';
import { addUnique, cvesIn } from './weakness-ids.js';

type Json = Record<string, unknown>;

/** The result's message text, from text, markdown or the rule's messageStrings, with {n} arguments filled in. */
function messageText(result: Json, rule: RuleInfo | undefined): string | undefined {
  const message = result['message'];
  if (!isObj(message)) return undefined;
  let text = str(message['text']) ?? str(message['markdown']);
  if (text === undefined) {
    const id = str(message['id']);
    const entry = id !== undefined ? rule?.messageStrings?.[id] : undefined;
    text = isObj(entry) ? str(entry['text']) : undefined;
  }
  const args = message['arguments'];
  if (text !== undefined && Array.isArray(args) && text.includes('{')) {
    text = text.replace(/\{(\d+)\}/g, (whole, n: string) => {
      const arg = args[Number(n)];
      return typeof arg === 'string' ? arg : whole;
    });
  }
  return text;
}

/** Scratch for the primary location of the result being read (reused to avoid one allocation per result). */
interface Place {
  location: FindingLocation | undefined;
  snippet: string | undefined;
}

function readPlace(result: Json, artifacts: unknown, into: Place): void {
  into.location = undefined;
  into.snippet = undefined;
  const locations = result['locations'];
  const first = Array.isArray(locations) ? locations[0] : undefined;
  const physical = isObj(first) ? first['physicalLocation'] : undefined;
  if (!isObj(physical)) return;
  const artifact = physical['artifactLocation'];
  let file: string | undefined;
  if (isObj(artifact)) {
    file = str(artifact['uri']);
    const index = artifact['index'];
    if (file === undefined && typeof index === 'number' && Array.isArray(artifacts)) {
      const entry = artifacts[index];
      const loc = isObj(entry) ? entry['location'] : undefined;
      file = isObj(loc) ? str(loc['uri']) : undefined;
    }
  }
  const region = physical['region'];
  if (!isObj(region)) {
    if (file !== undefined) into.location = { file };
    return;
  }
  const snippet = region['snippet'];
  into.snippet = isObj(snippet) ? str(snippet['text']) : undefined;
  if (file === undefined) return;
  const line = posInt(region['startLine']);
  const column = posInt(region['startColumn']);
  const endLine = posInt(region['endLine']);
  if (line !== undefined && column !== undefined && endLine !== undefined) {
    into.location = { file, line, column, end_line: endLine };
    return;
  }
  const location: FindingLocation = { file };
  if (line !== undefined) location.line = line;
  if (column !== undefined) location.column = column;
  if (endLine !== undefined) location.end_line = endLine;
  into.location = location;
}

/** Severity from a security-severity value: a CVSS score, or a severity word (Semgrep); else undefined. */
function securityGrade(value: unknown): Graded | undefined {
  const score = parseCvss(value);
  if (score !== undefined) return { severity: cvssToSeverity(score), native: String(value) };
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return isSeverity(word) ? { severity: word, native: value as string } : undefined;
}

/** securityGrade of a rule's own security-severity, computed once per rule (memoized on the RuleInfo). */
function ruleSecurityGrade(rule: RuleInfo): Graded | undefined {
  if (rule.grade === undefined) {
    rule.grade = rule.securitySeverity === undefined ? null : (securityGrade(rule.securitySeverity) ?? null);
  }
  return rule.grade ?? undefined;
}

/** raw {level}, one frozen object per level value, shared by every finding with that level. */
const rawByLevel = new Map<string, Readonly<Record<string, unknown>>>();
function rawForLevel(level: string): Record<string, unknown> {
  let raw = rawByLevel.get(level);
  if (raw === undefined) {
    raw = Object.freeze({ level });
    if (rawByLevel.size < 64) rawByLevel.set(level, raw);
  }
  return raw as Record<string, unknown>;
}

/** "file:line" of a location ('' when there is none): what tells two places apart. */
function placeKey(location: FindingLocation | undefined): string {
  return location === undefined ? '' : location.line === undefined ? location.file : location.file + ':' + location.line;
}

export function parseSarif(text: string, ctx: ParseContext): void {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    ctx.problem(`SARIF is not valid JSON: ${parsed.message}`, parsed.line, true);
    return;
  }
  const log = parsed.value;
  if (!isRecord(log) || !Array.isArray(log['runs'])) {
    ctx.problem('SARIF log has no "runs" array', undefined, true);
    return;
  }
  if (log['version'] !== undefined && log['version'] !== '2.1.0') {
    ctx.problem(`SARIF version ${JSON.stringify(log['version'])} is not 2.1.0; read as 2.1.0`);
  }
  const runs = log['runs'];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (!isRecord(run)) {
      ctx.problem(`SARIF run ${r} is not an object; skipped`);
      continue;
    }
    parseRun(run, r, ctx);
  }
}

function parseRun(run: Json, runIndex: number, ctx: ParseContext): void {
  const { format } = ctx;
  const tool = isRecord(run['tool']) ? run['tool'] : {};
  const driver = isRecord(tool['driver']) ? tool['driver'] : {};
  const toolName = str(driver['name']) ?? format;
  const toolVersion = str(driver['semanticVersion']) ?? str(driver['version']);
  const rules = new RunRules(tool);
  const artifacts = run['artifacts'];
  const levelSeverity = new Map<string, Severity>();
  const place: Place = { location: undefined, snippet: undefined };

  const invocations = run['invocations'];
  if (Array.isArray(invocations) && invocations.some((i) => isRecord(i) && i['executionSuccessful'] === false)) {
    ctx.problem(`SARIF run ${runIndex} (${toolName}) reports that the tool did not run successfully; its results may be incomplete`);
  }
  const results = run['results'];
  if (!Array.isArray(results)) return;

  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (!isObj(result)) {
      ctx.problem(`SARIF run ${runIndex} result ${i} is not an object; skipped`);
      continue;
    }
    const ref = result['rule'];
    const declaredId = str(result['ruleId']) ?? (isObj(ref) ? str(ref['id']) : undefined);
    const rule = rules.ruleFor(result, declaredId);
    const ruleId = declaredId ?? rule?.id ?? 'unknown-rule';

    // Severity: security-severity (result, then rule) as CVSS; else level → result, rule default, "warning".
    const props = result['properties'];
    const resultSecurity = isObj(props) ? props['security-severity'] : undefined;
    const explicitLevel = str(result['level']);
    const kind = str(result['kind']);
    const level = explicitLevel ?? (kind !== undefined && kind !== 'fail' ? 'none' : undefined) ?? rule?.level ?? 'warning';
    const graded =
      resultSecurity !== undefined ? securityGrade(resultSecurity) : rule !== undefined ? ruleSecurityGrade(rule) : undefined;
    let severity: Severity;
    let native: string;
    if (graded !== undefined) {
      severity = graded.severity;
      native = graded.native;
    } else {
      let s = levelSeverity.get(level);
      if (s === undefined) {
        s = resolveSeverity(format, level, ctx.severityFor);
        levelSeverity.set(level, s);
      }
      severity = s;
      native = level;
    }

    const message = messageText(result, rule);
    readPlace(result, artifacts, place);
    const location = place.location;

    let fingerprint: string;
    let toolOwn: string | undefined = toolFingerprint(result['fingerprints']);
    if (toolOwn !== undefined) {
      fingerprint = fingerprintText(format, 'fingerprints\u0000' + ruleId + '\u0000' + toolOwn);
    } else {
      toolOwn = toolFingerprint(result['partialFingerprints']);
      if (toolOwn !== undefined) {
        fingerprint = fingerprintText(format, 'partialFingerprints\u0000' + ruleId + '\u0000' + (location?.file ?? '') + '\u0000' + toolOwn);
      } else {
        const content = normalizeWhitespace(place.snippet ?? message ?? '');
        fingerprint = fingerprintText(format, 'location\u0000' + ruleId + '\u0000' + placeKey(location) + '\u0000' + content);
      }
    }

    const finding: Finding = {
      fingerprint,
      format,
      tool: toolName,
      rule_id: ruleId,
      title: rule?.title ?? (message !== undefined ? firstLine(message) : undefined) ?? rule?.name ?? ruleId,
      severity,
      native_severity: native,
    };
    if (toolVersion !== undefined) finding.tool_version = toolVersion;
    const description = message ?? rule?.description;
    if (description !== undefined) finding.description = description;
    const taxa = result['taxa'];
    const cwe = taxa === undefined ? rule?.cwe : addUnique([...(rule?.cwe ?? [])], cweFromTaxa(taxa)).sort();
    // Per-rule arrays are shared between that rule's findings (frozen, so no consumer can change them for all).
    if (cwe !== undefined && cwe.length > 0) finding.cwe = cwe;
    const cve = rule !== undefined && rule.id === ruleId ? rule.cve : cvesIn(ruleId);
    if (cve.length > 0) finding.cve = cve;
    if (location !== undefined) finding.location = location;
    // When severity came from security-severity, keep the SARIF level too.
    if (native !== level) finding.raw = rawForLevel(level);
    if (!ctx.add(finding) && toolOwn !== undefined) {
      // A tool fingerprint reused at another place (fixtures, buggy tools) must not swallow a distinct result.
      const where = placeKey(location);
      if (placeKey(ctx.existing(fingerprint)?.location) !== where) {
        finding.fingerprint = fingerprintText(format, 'collision\u0000' + ruleId + '\u0000' + toolOwn + '\u0000' + where);
        ctx.add(finding);
      }
    }
  }
}
