// Pure Snyk → secwire mapping of the connection test: who the token is, which API version answered, deprecations.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SnykSelf } from './client.js';

export function connectionResult(self: SnykSelf, headers: Headers, requestedVersion: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const served = headers.get('snyk-version-served') ?? requestedVersion;
  const sunset = headers.get('sunset');
  const stage = headers.get('snyk-version-lifecycle-stage');
  if (headers.get('deprecation') || sunset || stage === 'deprecated' || stage === 'sunset') {
    warnings.push(`Snyk marks REST version ${requestedVersion} deprecated${sunset ? ` (sunset ${sunset})` : ''}; secwire needs an update`);
  }
  const data = self.data ?? {};
  const who = data.attributes?.email || data.attributes?.username || data.attributes?.name || data.id || 'unknown';
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: `REST API ${served}`,
    user: data.type === 'service_account' ? `service account ${who}` : who,
    warnings,
  };
}
