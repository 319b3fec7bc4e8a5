// Pure Rapid7 InsightVM → secwire mapping of the connection test: version, licence summary and warnings.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { Rapid7Info, Rapid7License } from './client.js';

/** Licences expiring within this many days get a warning. */
export const EXPIRY_WARNING_DAYS = 30;

export function connectionResult(info: Rapid7Info, license: Rapid7License | undefined, username: string, latencyMs: number, now: Date): ConnectionTestResult {
  const warnings: string[] = [];
  let summary: string | undefined;
  if (license === undefined) {
    warnings.push('GET /api/3/administration/license was refused (403): the licence is readable by Global Administrators only, so it is not shown');
  } else {
    if (license.status && license.status !== 'Activated') warnings.push(`the InsightVM licence status is "${license.status}"`);
    if (license.evaluation) warnings.push('the InsightVM licence is an evaluation');
    const expires = license.perpetual ? undefined : date(license.expires);
    if (expires) {
      const days = Math.floor((expires.getTime() - now.getTime()) / 86_400_000);
      if (days < 0) warnings.push(`the InsightVM licence expired on ${day(expires)}`);
      else if (days <= EXPIRY_WARNING_DAYS) warnings.push(`the InsightVM licence expires on ${day(expires)} (in ${days} days)`);
    }
    const parts = [
      license.edition,
      license.status,
      license.limits?.assets !== undefined ? `${license.limits.assets} assets` : undefined,
      license.perpetual ? 'perpetual' : expires ? `expires ${day(expires)}` : undefined,
    ].filter(Boolean);
    summary = parts.length ? parts.join(', ') : undefined;
  }
  const version = info.version ?? {};
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: [version.semantic, version.build ? `(build ${version.build})` : undefined].filter(Boolean).join(' ') || 'unknown',
    ...(summary ? { license: summary } : {}),
    // The console has no "current user" call in API v3: the Basic user is the one the console accepted.
    user: username || 'unknown',
    warnings,
  };
}

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}
