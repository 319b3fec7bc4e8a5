// Pure Rapid7 InsightVM cloud → secwire mapping of the connection test: the platform key's region and a warning
// when no scan engine is paired.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { InsightPage, InsightScanEngine } from './cloud-client.js';

export function cloudConnectionResult(region: string | undefined, engines: InsightPage<InsightScanEngine>, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const total = engines.metadata?.totalResources ?? engines.data?.length;
  if (total === 0) warnings.push('no scan engine is paired with this Insight organization, so InsightVM cannot launch scans until one is');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: `InsightVM Cloud Integrations API v4${region ? ` (region ${region})` : ''}`,
    ...(total !== undefined ? { license: `${total} scan engine${total === 1 ? '' : 's'}` } : {}),
    // The platform has no "who am I" call for a key: an organization key has no user at all.
    user: 'Insight platform API key',
    warnings,
  };
}
