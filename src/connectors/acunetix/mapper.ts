// Pure Acunetix → secwire mapping of the connection test (the on-premises /me and Acunetix 360's scan list carry no version).
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { AcunetixMe } from './client.js';

export function onPremResult(me: AcunetixMe, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  if (me.enabled === false) warnings.push('Acunetix reports the API key\'s user as disabled');
  const name = [me.first_name, me.last_name].filter(Boolean).join(' ');
  const who = me.email || name || me.user_id;
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // /api/v1/me reports no product version; /api/v1/info has `major_version` (Acunetix's Jenkins plugin) but is not called.
    vendor_version: 'Acunetix on-premises (API v1)',
    user: who || 'unknown',
    warnings,
  };
}

export function acunetix360Result(userId: string, latencyMs: number): ConnectionTestResult {
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: 'Acunetix 360 (API 1.0)',
    user: userId || 'unknown',
    warnings: [],
  };
}
