// Pure ServiceNow ↔ secwire mapping: the connection result from sys_user/sys_properties, mapping problems from sys_choice.
import type { ConnectionTestResult, MappingProblem } from '../../catalog/runtime.js';
import type { SnChoice, SnProperty, SnUser, TableResult } from './client.js';

export function connectionResult(users: readonly SnUser[], buildTag: unknown, configuredUser: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const me = users[0];
  if (!me) warnings.push(`sys_user returned no record for user_name ${configuredUser}: the account cannot read its own user record`);
  if (me?.active === 'false') warnings.push(`the user ${configuredUser} is inactive in ServiceNow`);
  if (me?.web_service_access_only === 'false') warnings.push(`the user ${configuredUser} can log in interactively: mark it "Web service access only"`);
  const tag = buildTagValue(buildTag);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: tag ? `ServiceNow ${tag}` : 'ServiceNow (build tag not readable: no read access to sys_properties)',
    user: me?.user_name || configuredUser,
    warnings,
  };
}

function buildTagValue(body: unknown): string | undefined {
  const result = (body as TableResult<SnProperty[]> | undefined)?.result;
  const value = Array.isArray(result) ? result[0]?.value : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export interface TicketingSpec {
  readonly mappings?: { readonly priority?: Readonly<Record<string, string>>; readonly status?: Readonly<Record<string, string>> };
  readonly defaults?: Readonly<Record<string, string>>;
}

/** Fields whose choices are always read; a default for any other field is checked when that field has choices. */
export const CHOICE_FIELDS = ['priority', 'state', 'impact', 'urgency', 'category'] as const;

/** The choice fields to read for a spec: the fixed ones and every (plain) field named in ticketing.defaults. */
export function choiceElements(ticketing: TicketingSpec): string[] {
  const named = Object.keys(ticketing.defaults ?? {}).filter((n) => /^[a-z][a-z0-9_]*$/.test(n));
  return [...new Set([...CHOICE_FIELDS, ...named])];
}

/** Tables whose choices apply to `table`: its own, then task's (incident, problem, change_request … extend task). */
export function choiceTables(table: string): string[] {
  return table === 'task' ? ['task'] : [table, 'task'];
}

/**
 * Valid values of each field on `table`: the table's own choices when it has any for that field, else the inherited
 * (task) ones; each choice counts by value ("1") and by label ("1 - Critical").
 */
export function validValues(table: string, choices: readonly SnChoice[]): Map<string, string[]> {
  const byField = new Map<string, { own: SnChoice[]; inherited: SnChoice[] }>();
  for (const c of choices) {
    const entry = byField.get(c.element) ?? { own: [], inherited: [] };
    (c.name === table ? entry.own : entry.inherited).push(c);
    byField.set(c.element, entry);
  }
  const out = new Map<string, string[]>();
  for (const [field, { own, inherited }] of byField) {
    out.set(field, [...new Set((own.length > 0 ? own : inherited).flatMap((c) => [c.value, c.label]).filter((v) => typeof v === 'string' && v !== ''))]);
  }
  return out;
}

/** Every mapped priority and state, and every default of a field with choices, checked against the instance. */
export function mappingProblems(table: string, choices: readonly SnChoice[], ticketing: TicketingSpec): MappingProblem[] {
  const valid = validValues(table, choices);
  const problems: MappingProblem[] = [];
  const check = (path: string, field: string, value: string) => {
    const allowed = valid.get(field);
    if (allowed === undefined) {
      // Priority and state always have choices on a task table; none means the table has no such field.
      if (field === 'priority' || field === 'state') {
        problems.push({ path, value, valid: [], message: `${table}.${field} has no choices in ServiceNow: is ${table} a task table?` });
      }
      return;
    }
    if (!allowed.includes(value)) {
      problems.push({ path, value, valid: allowed, message: `${field} "${value}" is not a choice of ${table}.${field} in ServiceNow; valid values: ${allowed.join(', ')}` });
    }
  };
  for (const [severity, value] of Object.entries(ticketing.mappings?.priority ?? {})) check(`spec.ticketing.mappings.priority.${severity}`, 'priority', value);
  for (const [state, value] of Object.entries(ticketing.mappings?.status ?? {})) check(`spec.ticketing.mappings.status.${state}`, 'state', value);
  for (const [field, value] of Object.entries(ticketing.defaults ?? {})) check(`spec.ticketing.defaults.${field}`, field, value);
  return problems;
}
