// Pure Sonatype → secwire mapping of the connection test: who is connected, which server answered, what it can see.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { IqOrganizationList } from './client.js';

/**
 * The IQ Server version from the `Server` response header when it names one (for example
 * `Sonatype Lifecycle/1.182.0-01`; unconfirmed), else the API generation.
 */
export function iqVersion(headers: Headers): string {
  const server = headers.get('server') ?? '';
  const m = /(?:sonatype|nexus|iq|clm)[^/]*\/(\d+\.\d+[\w.-]*)/i.exec(server);
  return m ? `IQ Server ${m[1]}` : 'IQ Server (REST API v2)';
}

export function connectionResult(list: IqOrganizationList, headers: Headers, username: string, latencyMs: number): ConnectionTestResult {
  const organizations = list.organizations ?? [];
  const warnings: string[] = [];
  if (organizations.length === 0) {
    warnings.push(`user ${username} sees no organization: grant it "View IQ Elements" on the applications (or their organization) to pull reports`);
  }
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: iqVersion(headers),
    user: username,
    warnings,
  };
}
