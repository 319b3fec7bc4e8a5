// Pure SonarQube → secwire mapping of the connection test: version, server state, caller, token expiry, the no-remote-scan warning.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SonarCurrentUser, SonarSystemStatus } from './client.js';

export const NO_REMOTE_SCANS_WARNING =
  'SonarQube cannot launch scans over its API: analyses run in CI with sonar-scanner, and secwire only pulls their results';

/** A token expiring within this many days gets a warning. */
export const EXPIRY_WARNING_DAYS = 14;

export interface SonarSettings {
  readonly deployment: 'server' | 'cloud';
  readonly organization?: string;
}

/** Who called: users/current's body and its token-expiration header, read at `now`. */
export interface SonarCaller {
  readonly user: SonarCurrentUser;
  readonly tokenExpiration?: string | undefined;
  readonly now: number;
}

/** `2026-03-31T00:00:00+0000` (SonarQube's date-time format; `Z` and `+00:00` too) → epoch ms; undefined when absent or unreadable. */
export function parseSonarDateTime(value: string | undefined): number | undefined {
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
    ? `the SonarQube token expired on ${when}: create a new one`
    : `the SonarQube token expires on ${when} (in ${Math.max(1, Math.floor(days))} day(s)): renew it before then`;
}

function userLabel(user: SonarCurrentUser, settings: SonarSettings): string {
  const who = user.login ?? 'unknown';
  const named = user.name && user.name !== who ? `${who} (${user.name})` : who;
  return settings.deployment === 'cloud' && settings.organization ? `${named}, organization ${settings.organization}` : named;
}

export function connectionResult(status: SonarSystemStatus, caller: SonarCaller, settings: SonarSettings, latencyMs: number): ConnectionTestResult {
  const warnings = [NO_REMOTE_SCANS_WARNING];
  if (status.status && status.status !== 'UP') warnings.push(`SonarQube reports status ${status.status}, not UP: API calls may fail until it is up`);
  const major = Number.parseInt(status.version ?? '', 10);
  if (settings.deployment === 'server' && Number.isFinite(major) && major < 10) {
    warnings.push(`SonarQube ${status.version} predates 10.0: Bearer tokens may be refused there (older servers take the token as the Basic user name)`);
  }
  const expiry = expiryWarning(parseSonarDateTime(caller.tokenExpiration), caller.now);
  if (expiry) warnings.push(expiry);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: status.version ? `${settings.deployment === 'cloud' ? 'SonarQube Cloud' : 'SonarQube Server'} ${status.version}` : 'unknown',
    user: userLabel(caller.user, settings),
    warnings,
  };
}
