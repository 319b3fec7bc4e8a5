// Pure Tenable Security Center → secwire mapping of the connection test: version, licence summary and warnings.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { ScCurrentUser, ScStatus, ScSystem } from './client.js';

export function connectionResult(system: ScSystem, user: ScCurrentUser, status: ScStatus | undefined, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const licenseStatus = status?.licenseStatus ?? system.licenseStatus;
  if (licenseStatus && !/^valid$/i.test(licenseStatus)) warnings.push(`Security Center reports licence status "${licenseStatus}"`);
  if (status === undefined) warnings.push('GET /rest/status was refused (403): licence counts and feed freshness are not shown');
  else {
    if (truthy(status.feedUpdates?.stale)) warnings.push('the Security Center feed is stale');
    const stalePlugins = Object.entries(status.pluginUpdates ?? {})
      .filter(([, u]) => truthy(u?.stale))
      .map(([name]) => name);
    if (stalePlugins.length) warnings.push(`stale plugin sets: ${stalePlugins.join(', ')}`);
  }
  const parts = [
    licenseStatus,
    status?.licensedIPs !== undefined ? `${status.activeIPs ?? '?'}/${status.licensedIPs} IPs` : undefined,
  ].filter(Boolean);
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: [system.version, system.buildID ? `(build ${system.buildID})` : undefined].filter(Boolean).join(' ') || 'unknown',
    ...(parts.length ? { license: parts.join(', ') } : {}),
    user: [user.username, user.role?.name ? `(${user.role.name})` : undefined].filter(Boolean).join(' ') || name || 'unknown',
    warnings,
  };
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true';
}
