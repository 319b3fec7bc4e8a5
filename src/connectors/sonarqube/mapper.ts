// Pure SonarQube → secwire mapping of the connection test: version, server state, deployment and the no-remote-scan warning.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SonarSystemStatus } from './client.js';

export const NO_REMOTE_SCANS_WARNING =
  'SonarQube cannot launch scans over its API: analyses run in CI with sonar-scanner, and secwire only pulls their results';

export interface SonarSettings {
  readonly deployment: 'server' | 'cloud';
  readonly organization?: string;
}

export function connectionResult(status: SonarSystemStatus, settings: SonarSettings, latencyMs: number): ConnectionTestResult {
  const warnings = [NO_REMOTE_SCANS_WARNING];
  if (status.status && status.status !== 'UP') warnings.push(`SonarQube reports status ${status.status}, not UP: API calls may fail until it is up`);
  const major = Number.parseInt(status.version ?? '', 10);
  if (settings.deployment === 'server' && Number.isFinite(major) && major < 10) {
    warnings.push(`SonarQube ${status.version} predates 10.0: Bearer tokens may be refused there (older servers take the token as the Basic user name)`);
  }
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: status.version ? `${settings.deployment === 'cloud' ? 'SonarQube Cloud' : 'SonarQube Server'} ${status.version}` : 'unknown',
    // validate says only that the token is valid; it does not name its owner.
    user: settings.deployment === 'cloud' && settings.organization ? `a valid token (organization ${settings.organization})` : 'a valid token',
    warnings,
  };
}
