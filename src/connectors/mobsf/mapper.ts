// Pure MobSF → secwire mapping of the connection test: the REST API has no version or user, so it reports the key and scan count.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { MobsfScans } from './client.js';

export function connectionResult(scans: MobsfScans, baseUrl: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  if (baseUrl.startsWith('http://') && !/^http:\/\/(localhost|127\.|\[::1\])/.test(baseUrl)) {
    warnings.push('MobSF is reached over plain HTTP: the API key crosses the network unencrypted; put MobSF behind TLS');
  }
  const count = scans.count ?? scans.content?.length;
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // The REST API exposes no server version.
    vendor_version: 'unknown (MobSF REST API v1 reports no version)',
    ...(count !== undefined ? { license: `open source, ${count} scan${count === 1 ? '' : 's'} on the server` } : {}),
    user: 'REST API key (MobSF has no API users)',
    warnings,
  };
}
