// Pure SonarQube → secwire mapping of the connection test: version, server state, caller, token expiry, the no-remote-scan warning.
import { credentialExpiryWarning, parseOffsetDateTime } from '../../catalog/credential-expiry.js';
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SonarCurrentUser, SonarSystemStatus } from './client.js';

export const NO_REMOTE_SCANS_WARNING =
  'SonarQube cannot launch scans over its API: analyses run in CI with sonar-scanner, and secwire only pulls their results';

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
export const parseSonarDateTime = parseOffsetDateTime;

/** A warning when the token expires within CREDENTIAL_EXPIRY_WARNING_DAYS of `now` (or has expired). */
export const expiryWarning = (expiresAt: number | undefined, now: number): string | undefined => credentialExpiryWarning('the SonarQube token', expiresAt, now);

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
