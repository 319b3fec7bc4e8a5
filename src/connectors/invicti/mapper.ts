// Pure Invicti → secwire mapping of the connection test: the API answers no version or licence, so it reports what it can.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { InvictiScanPage } from './client.js';

export function connectionResult(page: InvictiScanPage, userId: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  if ((page.TotalItemCount ?? page.List?.length ?? 0) === 0) {
    warnings.push('the Invicti user sees no scans yet: check that its role covers the websites secwire should manage');
  }
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // API 1.0 reports no product version anywhere; account/me (name, email) exists but is not called, so the user ID is reported.
    vendor_version: 'Invicti Enterprise API 1.0',
    user: `user ID ${userId}`,
    warnings,
  };
}
