// Pure Fortify SSC → secwire mapping of the connection test: how many applications the token sees, and when it expires.
import { credentialExpiryWarning, parseOffsetDateTime } from '../../catalog/credential-expiry.js';
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SscList, SscProject, SscTokenData } from './client.js';

/** SSC's `2026-01-31T10:00:00.000+0000` (also `Z` or `+00:00`) → epoch ms; undefined when absent or unreadable. */
export const parseSscDate = parseOffsetDateTime;

/** A warning when the token expires within CREDENTIAL_EXPIRY_WARNING_DAYS of `now` (or has expired). */
export const expiryWarning = (expiresAt: number | undefined, now: number): string | undefined => credentialExpiryWarning('the Fortify token', expiresAt, now);

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
