// Pure ServiceDesk Plus ↔ secwire mapping: the connection result, and mapping problems from the instance's lookup lists.
import type { ConnectionTestResult, MappingProblem } from '../../catalog/runtime.js';
import type { SdpDeployment, SdpNamed, SdpRequestList, SdpResponseStatus } from './client.js';

export function connectionResult(deployment: SdpDeployment, list: SdpRequestList, clientId: string | undefined, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const statuses: readonly SdpResponseStatus[] = Array.isArray(list.response_status) ? list.response_status : list.response_status ? [list.response_status as SdpResponseStatus] : [];
  for (const s of statuses) {
    if (s.status && s.status !== 'success') warnings.push(`ServiceDesk Plus answered the request list with status ${s.status}: ${(s.messages ?? []).map((m) => m.message).filter(Boolean).join('; ') || 'no message'}`);
  }
  if (!Array.isArray(list.requests)) warnings.push('the request list has no requests array: the technician may lack permission to view requests');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // The v3 API reports no product version (version endpoint unconfirmed).
    vendor_version: deployment === 'cloud' ? 'ServiceDesk Plus Cloud (API v3)' : 'ServiceDesk Plus on-premises (API v3)',
    user: deployment === 'cloud' ? `Zoho OAuth client ${clientId ?? 'unknown'}` : 'technician API key',
    warnings,
  };
}

export interface TicketingSpec {
  readonly mappings?: { readonly priority?: Readonly<Record<string, string>>; readonly status?: Readonly<Record<string, string>> };
  readonly defaults?: Readonly<Record<string, string>>;
}

/** The lookup lists to read: priority and status always, and each default whose field has a lookup list. */
export function lookupFields(ticketing: TicketingSpec, known: readonly string[]): string[] {
  return [...new Set(['priority', 'status', ...Object.keys(ticketing.defaults ?? {}).filter((f) => known.includes(f))])];
}

/**
 * Mapped priorities and statuses, and defaults of lookup fields, checked by name against the instance's lists.
 * `lists` has an entry for each field whose list was read; a default of any other field is not checked.
 */
export function mappingProblems(lists: ReadonlyMap<string, readonly SdpNamed[]>, ticketing: TicketingSpec): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const check = (path: string, field: string, value: string) => {
    const entries = lists.get(field);
    if (!entries) return;
    const valid = [...new Set(entries.map((e) => e.name))];
    if (!valid.includes(value)) problems.push({ path, value, valid, message: `${field} "${value}" does not exist in ServiceDesk Plus; valid values: ${valid.join(', ')}` });
  };
  for (const [severity, value] of Object.entries(ticketing.mappings?.priority ?? {})) check(`spec.ticketing.mappings.priority.${severity}`, 'priority', value);
  for (const [state, value] of Object.entries(ticketing.mappings?.status ?? {})) check(`spec.ticketing.mappings.status.${state}`, 'status', value);
  for (const [field, value] of Object.entries(ticketing.defaults ?? {})) check(`spec.ticketing.defaults.${field}`, field, value);
  return problems;
}
