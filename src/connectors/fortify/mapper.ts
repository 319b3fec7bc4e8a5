// Pure Fortify SSC → secwire mapping of the connection test: how many applications the token sees.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { SscList, SscProject } from './client.js';

export function connectionResult(projects: SscList<SscProject>, latencyMs: number): ConnectionTestResult {
  const count = projects.count ?? projects.data?.length ?? 0;
  const warnings: string[] = [];
  if (count === 0) warnings.push('the Fortify token sees no applications: give its user access to the application versions secwire should pull');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // GET /api/v1/projects carries no version; POST /api/v1/userSession/info might, but its response is unconfirmed.
    vendor_version: 'Fortify SSC REST API v1',
    license: `${count} application${count === 1 ? '' : 's'} visible`,
    user: 'holder of the FortifyToken (this call does not name the user)',
    warnings,
  };
}
