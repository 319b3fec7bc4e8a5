// Pure Nessus → secwire mapping of the connection test: version, licence summary and warnings (scan API availability, licence, readiness).
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { NessusServerProperties, NessusServerStatus, NessusSession } from './client.js';

/** Licences expiring within this many days get a warning. */
export const EXPIRY_WARNING_DAYS = 30;

/** Nessus editions that refuse scan create/launch over the API (412 {"error":"API is not available"}). */
const NO_SCAN_API = /professional|expert|essentials|home/i;

export function connectionResult(
  status: NessusServerStatus,
  props: NessusServerProperties,
  session: NessusSession,
  latencyMs: number,
  now: Date,
): ConnectionTestResult {
  const warnings: string[] = [];
  const type = props.nessus_type ?? props.license?.name;
  if (status.status && status.status !== 'ready') {
    warnings.push(`the Nessus server reports status "${status.status}"${typeof status.progress === 'number' ? ` (${status.progress}%)` : ''}: scans and exports may fail until it is ready`);
  }
  if (lacksScanApi(props, type)) {
    warnings.push(`${type ?? 'this Nessus'} does not allow creating or launching scans through the API (only Nessus Manager does): secwire can pull results and exports, but remote scans will fail`);
  } else if (type && /cloud/i.test(type)) {
    warnings.push(`the server reports nessus_type "${type}": Tenable's cloud belongs in a tenable_io integration`);
  }
  const license = props.license ?? {};
  if (license.evaluation) warnings.push('the Nessus licence is an evaluation');
  const expires = epochSeconds(license.expiration_date ?? props.expiration);
  if (expires) {
    const days = Math.floor((expires.getTime() - now.getTime()) / 86_400_000);
    if (days < 0) warnings.push(`the Nessus licence expired on ${day(expires)}`);
    else if (days <= EXPIRY_WARNING_DAYS) warnings.push(`the Nessus licence expires on ${day(expires)} (in ${days} days)`);
  }
  const parts = [
    type,
    license.ips !== undefined ? `${license.ips} IPs` : undefined,
    license.scanners !== undefined ? `${license.scanners} scanners` : undefined,
    license.agents !== undefined ? `${license.agents} agents` : undefined,
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

/** The licence's `features.scan_api: false` (seen on Essentials) or an edition name known to lack the scan API. */
function lacksScanApi(props: NessusServerProperties, type: string | undefined): boolean {
  return props.license?.features?.scan_api === false || (type !== undefined && NO_SCAN_API.test(type));
}

/** Epoch seconds as a number or a numeric string (the API reference types expiration_date as a string). */
function epochSeconds(value: unknown): Date | undefined {
  const seconds = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
