// Pure Black Duck → secwire mapping of the connection test: server version, user, token lifetime.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { BdAuthentication, BdCurrentUser, BdCurrentVersion } from './client.js';

export function connectionResult(
  auth: BdAuthentication,
  version: BdCurrentVersion,
  user: BdCurrentUser,
  latencyMs: number,
): ConnectionTestResult {
  const warnings: string[] = [];
  if (user.active === false) warnings.push(`Black Duck user ${user.userName ?? '(unnamed)'} is inactive; its API token will stop working`);
  // A bearer token shorter than two minutes would expire within one pull.
  if (typeof auth.expiresInMilliseconds === 'number' && auth.expiresInMilliseconds < 120_000) {
    warnings.push(`Black Duck issues bearer tokens valid only ${Math.round(auth.expiresInMilliseconds / 1000)} s; secwire re-authenticates on expiry`);
  }
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  const who = user.userName ?? user.email ?? 'unknown';
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: version.version ? `Black Duck ${version.version}` : 'Black Duck (version not reported)',
    user: name ? `${who} (${name})` : who,
    warnings,
  };
}
