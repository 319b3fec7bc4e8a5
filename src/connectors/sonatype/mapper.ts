// Pure Sonatype → secwire mapping of the connection test: who is connected, which server answered, what it can see.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { IqOrganizationList, IqProductVersion } from './client.js';

/** The IQ Server version from GET /rest/product/version, else the API generation. */
export function iqVersion(product: IqProductVersion | undefined): string {
  return product?.version ? `IQ Server ${product.version}` : 'IQ Server (REST API v2)';
}

export function connectionResult(
  list: IqOrganizationList,
  product: IqProductVersion | undefined,
  username: string,
  latencyMs: number,
): ConnectionTestResult {
  const organizations = list.organizations ?? [];
  const warnings: string[] = [];
  if (organizations.length === 0) {
    warnings.push(`user ${username} sees no organization: grant it "View IQ Elements" on the applications (or their organization) to pull reports`);
  }
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: iqVersion(product),
    user: username,
    warnings,
  };
}
