// Pure Jira ↔ secwire mapping: the connection result from serverInfo/myself, and mapping problems from instance metadata.
import type { ConnectionTestResult, MappingProblem } from '../../catalog/runtime.js';
import type { JiraCreateField, JiraDeployment, JiraIssueTypeStatuses, JiraNamed, JiraServerInfo, JiraUser } from './client.js';

export function connectionResult(deployment: JiraDeployment, info: JiraServerInfo, me: JiraUser, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const reported = info.deploymentType;
  if (deployment === 'cloud' && reported && reported !== 'Cloud') {
    warnings.push(`the server reports deploymentType ${reported}, not Cloud: set auth.deployment to datacenter (Bearer personal access token, REST v2)`);
  }
  if (deployment === 'datacenter' && reported === 'Cloud') {
    warnings.push('the server reports deploymentType Cloud: set auth.deployment to cloud (email and API token, REST v3)');
  }
  if (me.active === false) warnings.push('the account secwire uses is deactivated in Jira');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: [`Jira`, reported ?? (deployment === 'cloud' ? 'Cloud' : 'Data Center'), info.version].filter(Boolean).join(' '),
    user: me.emailAddress || me.name || me.displayName || me.accountId || 'unknown',
    warnings,
  };
}

/** The live instance's metadata that mappings are checked against. */
export interface JiraMetadata {
  readonly projectKey: string;
  readonly issueType: string;
  readonly issueTypes: readonly JiraNamed[];
  readonly priorities: readonly JiraNamed[];
  readonly statuses: readonly JiraIssueTypeStatuses[];
  /** Create-screen fields of the configured issue type (empty when the issue type is unknown). */
  readonly fields: readonly JiraCreateField[];
}

export interface TicketingSpec {
  readonly mappings?: { readonly priority?: Readonly<Record<string, string>>; readonly status?: Readonly<Record<string, string>> };
  readonly defaults?: Readonly<Record<string, string>>;
}

/** Fields secwire fills on every ticket itself; a required field among them needs no default. */
const SET_BY_SECWIRE = new Set(['project', 'issuetype', 'summary', 'description', 'priority', 'labels', 'reporter']);

/** Every mapped value, ticket default and the issue type checked against the instance; empty when all are known. */
export function mappingProblems(meta: JiraMetadata, ticketing: TicketingSpec): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const unknown = (path: string, value: string, valid: readonly string[], what: string) =>
    problems.push({ path, value, valid, message: `${what} "${value}" does not exist in Jira${valid.length ? `; valid values: ${valid.join(', ')}` : ''}` });

  const issueTypeNames = meta.issueTypes.map((t) => t.name);
  const issueType = meta.issueTypes.find((t) => t.name === meta.issueType);
  if (!issueType) unknown('spec.config.issue_type', meta.issueType, issueTypeNames, `issue type of project ${meta.projectKey}`);

  const priorityNames = unique(meta.priorities.map((p) => p.name));
  for (const [severity, value] of Object.entries(ticketing.mappings?.priority ?? {})) {
    if (!priorityNames.includes(value)) unknown(`spec.ticketing.mappings.priority.${severity}`, value, priorityNames, 'priority');
  }

  // Statuses reachable in the project's workflow for the configured issue type (all issue types when it is unknown).
  const scoped = meta.statuses.filter((s) => s.name === meta.issueType);
  const statusNames = unique((scoped.length > 0 ? scoped : meta.statuses).flatMap((s) => s.statuses.map((x) => x.name)));
  for (const [state, value] of Object.entries(ticketing.mappings?.status ?? {})) {
    if (!statusNames.includes(value)) unknown(`spec.ticketing.mappings.status.${state}`, value, statusNames, `status in the workflow of ${meta.projectKey}/${meta.issueType}`);
  }

  if (issueType) problems.push(...defaultProblems(meta, ticketing.defaults ?? {}));
  return problems;
}

function defaultProblems(meta: JiraMetadata, defaults: Readonly<Record<string, string>>): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const fieldNames = meta.fields.map((f) => f.name);
  const byName = (name: string) => meta.fields.find((f) => f.fieldId === name || f.key === name || f.name === name);
  for (const [name, value] of Object.entries(defaults)) {
    const field = byName(name);
    if (!field) {
      problems.push({ path: `spec.ticketing.defaults.${name}`, value: name, valid: fieldNames, message: `field "${name}" is not on the create screen of ${meta.projectKey}/${meta.issueType}; valid fields: ${fieldNames.join(', ')}` });
      continue;
    }
    const allowed = (field.allowedValues ?? []).map(allowedName).filter((v): v is string => v !== undefined);
    if (allowed.length > 0 && !allowed.includes(value)) {
      problems.push({ path: `spec.ticketing.defaults.${name}`, value, valid: allowed, message: `"${value}" is not an allowed value of ${field.name}; valid values: ${allowed.join(', ')}` });
    }
  }
  const given = new Set(Object.keys(defaults).map((n) => byName(n)?.fieldId ?? n));
  for (const field of meta.fields) {
    if (!field.required || field.hasDefaultValue || SET_BY_SECWIRE.has(field.fieldId) || given.has(field.fieldId)) continue;
    problems.push({
      path: `spec.ticketing.defaults.${field.fieldId}`,
      value: '',
      valid: (field.allowedValues ?? []).map(allowedName).filter((v): v is string => v !== undefined),
      message: `${field.name} (${field.fieldId}) is required for ${meta.projectKey}/${meta.issueType} and has no default: set it in spec.ticketing.defaults`,
    });
  }
  return problems;
}

/** Allowed values are options ({value}), users ({name|displayName}) or named objects ({name}). */
function allowedName(v: Record<string, unknown>): string | undefined {
  const name = v.value ?? v.name ?? v.displayName;
  return typeof name === 'string' ? name : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
