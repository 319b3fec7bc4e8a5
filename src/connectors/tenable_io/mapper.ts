// Pure Tenable VM → secwire mapping of the connection test: version, licence summary and warnings.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { TenableServerProperties, TenableSession } from './client.js';

export function connectionResult(props: TenableServerProperties, session: TenableSession, latencyMs: number, now: Date): ConnectionTestResult {
  const warnings: string[] = [];
  const license = props.license ?? {};
  if (props.nessus_type && !/cloud/i.test(props.nessus_type)) {
    warnings.push(`the server reports nessus_type "${props.nessus_type}", not Tenable's cloud: an on-prem Nessus belongs in a nessus integration`);
  }
  if (license.evaluation) warnings.push('the Tenable licence is an evaluation');
  const expires = epochSeconds(license.expiration_date ?? props.expiration);
  if (expires && expires.getTime() < now.getTime()) warnings.push(`the Tenable licence expired on ${day(expires)}`);
  const parts = [
    license.evaluation ? 'evaluation' : undefined,
    count(undefined, license.ips, 'assets'),
    count(license.scanners_used ?? 0, license.scanners, 'scanners'),
    count(license.agents_used ?? 0, license.agents, 'agents'),
    expires ? `expires ${day(expires)}` : undefined,
  ].filter(Boolean);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: [props.server_version, props.server_build ? `(build ${props.server_build})` : undefined].filter(Boolean).join(' ') || 'unknown',
    ...(parts.length ? { license: parts.join(', ') } : {}),
    user: session.username || session.email || session.name || 'unknown',
    warnings,
  };
}

/** `120/1000 agents`; a negative limit (-1 in Tenable's recorded answer) means no limit. */
function count(used: number | undefined, limit: number | undefined, noun: string): string | undefined {
  if (typeof limit !== 'number') return undefined;
  const max = limit < 0 ? 'unlimited' : String(limit);
  return used === undefined ? `${max} ${noun}` : `${used}/${max} ${noun}`;
}

function epochSeconds(value: unknown): Date | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? new Date(value * 1000) : undefined;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
