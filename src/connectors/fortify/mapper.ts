// Pure Fortify SSC → secwire mapping of the connection test: how many applications the token sees, and when it expires.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SscList, SscProject, SscTokenData } from './client.js';

/** A token expiring within this many days gets a warning. */
export const EXPIRY_WARNING_DAYS = 14;

/** SSC's `2026-01-31T10:00:00.000+0000` (also `Z` or `+00:00`) → epoch ms; undefined when absent or unreadable. */
export function parseSscDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const at = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(at) ? undefined : at;
}

/** A warning when the token expires within EXPIRY_WARNING_DAYS of `now` (or has expired). */
export function expiryWarning(expiresAt: number | undefined, now: number): string | undefined {
  if (expiresAt === undefined) return undefined;
  const days = (expiresAt - now) / 86_400_000;
  if (days > EXPIRY_WARNING_DAYS) return undefined;
  const when = new Date(expiresAt).toISOString().slice(0, 10);
  return days <= 0
    ? `the Fortify token expired on ${when}: create a new one`
    : `the Fortify token expires on ${when} (in ${Math.max(1, Math.floor(days))} day(s)): renew it before then`;
}

export function connectionResult(projects: SscList<SscProject>, token: SscTokenData | undefined, now: number, latencyMs: number): ConnectionTestResult {
  const count = projects.count ?? projects.data?.length ?? 0;
  const warnings: string[] = [];
  if (count === 0) warnings.push('the Fortify token sees no applications: give its user access to the application versions secwire should pull');
  const expiry = expiryWarning(parseSscDate(token?.terminalDate), now);
  if (expiry) warnings.push(expiry);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // Neither call carries the SSC version.
    vendor_version: 'Fortify SSC REST API v1',
    license: `${count} application${count === 1 ? '' : 's'} visible`,
    user: `holder of the ${token?.type ?? 'FortifyToken'} (these calls do not name the user)`,
    warnings,
  };
}
