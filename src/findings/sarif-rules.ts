// SARIF rule lookup (ruleIndex, rule reference, tool extensions, id) and per-rule facts, computed once per rule.
import type { Severity } from '../catalog/types.js';
import { firstLine, isRecord, str } from './values.js';
import { addUnique, cvesIn, normalizeCwe } from './weakness-ids.js';

type Json = Record<string, unknown>;

/** A severity decided by security-severity, with the native value it came from. */
export interface Graded {
  severity: Severity;
  native: string;
}

export interface RuleInfo {
  id: string | undefined;
  /** A human title (a name with spaces, the short description, properties.name), if the rule has one. */
  title: string | undefined;
  /** The rule's name, often an identifier such as "java/sql-injection". */
  name: string | undefined;
  description: string | undefined;
  /** defaultConfiguration.level */
  level: string | undefined;
  /** properties["security-severity"], as written */
  securitySeverity: unknown;
  cwe: string[];
  cve: string[];
  messageStrings: Json | undefined;
  /** Memo for the parser: the grade from securitySeverity (null: none). */
  grade?: Graded | null;
}

function rulesOf(component: unknown): unknown[] {
  return isRecord(component) && Array.isArray(component['rules']) ? component['rules'] : [];
}

function cweFromRelationships(list: unknown, into: string[]): void {
  if (!Array.isArray(list)) return;
  for (const rel of list) {
    const target = isRecord(rel) ? rel['target'] : undefined;
    if (!isRecord(target)) continue;
    const component = target['toolComponent'];
    const name = isRecord(component) ? str(component['name']) : undefined;
    if (name !== undefined && name.toUpperCase() === 'CWE') addUnique(into, [normalizeCwe(target['id'])]);
  }
}

/** CWE ids from a result's `taxa` (toolComponent named CWE). */
export function cweFromTaxa(taxa: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(taxa)) return out;
  for (const t of taxa) {
    if (!isRecord(t)) continue;
    const component = t['toolComponent'];
    const name = isRecord(component) ? str(component['name']) : undefined;
    if (name !== undefined && name.toUpperCase() === 'CWE') addUnique(out, [normalizeCwe(t['id'])]);
  }
  return out;
}

function describeRule(rule: Json): RuleInfo {
  const props = isRecord(rule['properties']) ? rule['properties'] : {};
  const id = str(rule['id']);
  const name = str(rule['name']);
  const short = isRecord(rule['shortDescription']) ? str(rule['shortDescription']['text']) : undefined;
  const full = isRecord(rule['fullDescription']) ? str(rule['fullDescription']['text']) : undefined;
  const config = rule['defaultConfiguration'];
  // A name with spaces is a human title (gitleaks, KICS); otherwise names are identifiers and the short description reads better.
  const human = name !== undefined && /\s/.test(name) ? name : (short ?? str(props['name']));
  const title = human !== undefined ? firstLine(human) : undefined;
  const cwe: string[] = [];
  const tags = props['tags'];
  if (Array.isArray(tags)) for (const tag of tags) if (typeof tag === 'string' && /cwe/i.test(tag)) addUnique(cwe, [normalizeCwe(tag)]);
  const ruleCwe = props['cwe'];
  if (Array.isArray(ruleCwe)) addUnique(cwe, ruleCwe.map(normalizeCwe));
  else addUnique(cwe, [normalizeCwe(ruleCwe)]);
  cweFromRelationships(rule['relationships'], cwe);
  return {
    id,
    title,
    name,
    description: full,
    level: isRecord(config) ? str(config['level']) : undefined,
    securitySeverity: props['security-severity'],
    cwe: Object.freeze(cwe.sort()) as string[],
    cve: Object.freeze(id !== undefined ? cvesIn(id) : []) as string[],
    messageStrings: isRecord(rule['messageStrings']) ? rule['messageStrings'] : undefined,
  };
}

/** Rule resolution for one run: each run has its own rules array and ruleIndex space. */
export class RunRules {
  private readonly driverRules: unknown[];
  private readonly extensions: unknown[];
  private readonly infos = new Map<Json, RuleInfo>();
  private readonly driverInfos: (RuleInfo | undefined)[] = [];
  private byId: Map<string, Json> | undefined;

  constructor(tool: unknown) {
    const t = isRecord(tool) ? tool : {};
    this.driverRules = rulesOf(t['driver']);
    this.extensions = Array.isArray(t['extensions']) ? t['extensions'] : [];
  }

  /** The rule a result refers to, described; undefined when the run has no matching rule. */
  ruleFor(result: Json, ruleId: string | undefined): RuleInfo | undefined {
    // Fast path for the common shape: a driver rule by index, described once per index.
    const ref = result['rule'];
    const byRef = isRecord(ref) ? ref : undefined;
    if (byRef === undefined || byRef['toolComponent'] === undefined) {
      const index = typeof result['ruleIndex'] === 'number' ? result['ruleIndex'] : byRef?.['index'];
      if (typeof index === 'number' && index >= 0) {
        const cached = this.driverInfos[index];
        if (cached !== undefined) return cached;
        const rule = this.driverRules[index];
        if (isRecord(rule)) {
          const info = this.describe(rule);
          this.driverInfos[index] = info;
          return info;
        }
      }
    }
    const rule = this.find(result, ruleId);
    return rule === undefined ? undefined : this.describe(rule);
  }

  private describe(rule: Json): RuleInfo {
    let info = this.infos.get(rule);
    if (info === undefined) {
      info = describeRule(rule);
      this.infos.set(rule, info);
    }
    return info;
  }

  private find(result: Json, ruleId: string | undefined): Json | undefined {
    const ref = isRecord(result['rule']) ? result['rule'] : undefined;
    let rules = this.driverRules;
    const component = ref?.['toolComponent'];
    if (isRecord(component) && typeof component['index'] === 'number') rules = rulesOf(this.extensions[component['index']]);
    const index = typeof result['ruleIndex'] === 'number' ? result['ruleIndex'] : ref?.['index'];
    if (typeof index === 'number' && index >= 0) {
      const rule = rules[index];
      if (isRecord(rule)) return rule;
    }
    const id = ruleId ?? (ref ? str(ref['id']) : undefined);
    if (id === undefined) return undefined;
    const map = this.idMap();
    return map.get(id) ?? (id.includes('/') ? map.get(id.slice(0, id.indexOf('/'))) : undefined);
  }

  private idMap(): Map<string, Json> {
    if (this.byId !== undefined) return this.byId;
    const map = new Map<string, Json>();
    const all = [this.driverRules, ...this.extensions.map(rulesOf)];
    for (const rules of all) {
      for (const rule of rules) {
        const id = isRecord(rule) ? str(rule['id']) : undefined;
        if (id !== undefined && !map.has(id)) map.set(id, rule as Json);
      }
    }
    this.byId = map;
    return map;
  }
}
