// Pure Tenable Security Center → secwire mapping of the connection test: version, licence summary and warnings.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { ScCurrentUser, ScStatus, ScSystem } from './client.js';

export function connectionResult(system: ScSystem, user: ScCurrentUser, status: ScStatus | undefined, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const licenseStatus = status?.licenseStatus ?? system.licenseStatus;
  if (licenseStatus && !/^valid$/i.test(licenseStatus)) warnings.push(`Security Center reports licence status "${licenseStatus}"`);
  if (status === undefined) warnings.push('GET /rest/status was refused (403): licence counts and feed freshness are not shown');
  else warnings.push(...feedWarnings(status));
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

/** Which subscription field covers which plugin set; sets without one (e.g. `industrial`) are not judged. */
const SUBSCRIPTION: Readonly<Record<string, keyof ScStatus>> = {
  active: 'PluginSubscriptionStatus',
  passive: 'PassivePluginSubscriptionStatus',
  lce: 'LCEPluginSubscriptionStatus',
};

/**
 * Stale feed and plugin sets. A plugin set only counts when its subscription is `Valid`: Security Center also marks
 * the sets of products it is not licensed for as stale (LCE `Expired` and stale in Tenable's recorded answer).
 */
function feedWarnings(status: ScStatus): string[] {
  const warnings: string[] = [];
  // Only `Expired` is flagged: air-gapped installs run `Unconfigured` and upload plugins by hand.
  if (/^expired$/i.test(status.PluginSubscriptionStatus ?? '')) warnings.push('the active plugin subscription has expired');
  if (truthy(status.feedUpdates?.stale)) warnings.push('the Security Center feed is stale');
  const stale = Object.entries(status.pluginUpdates ?? {})
    .filter(([name, update]) => truthy(update?.stale) && subscribed(status, name))
    .map(([name]) => name);
  if (stale.length) warnings.push(`stale plugin sets: ${stale.join(', ')}`);
  return warnings;
}

function subscribed(status: ScStatus, set: string): boolean {
  const field = SUBSCRIPTION[set];
  const value = field ? status[field] : undefined;
  // Older answers without subscription fields: judge the active set alone.
  if (field === 'PluginSubscriptionStatus' && value === undefined) return true;
  return typeof value === 'string' && /^valid$/i.test(value);
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true';
}
