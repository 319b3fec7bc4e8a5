// Pure Checkmarx One → secwire mapping of the connection test: engine versions, user from the access token, key expiry.
import { jwtClaims } from '../../http/jwt-claims.js';
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { CxTokenResponse, CxVersions } from './client.js';

/** Warn when the API key runs out within this many days. */
export const EXPIRY_WARNING_DAYS = 14;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function versionText(v: CxVersions): string {
  const engines = [v.SAST ? `SAST ${v.SAST}` : '', v.KICS ? `KICS ${v.KICS}` : ''].filter(Boolean).join(', ');
  return `Checkmarx One ${v.CxOne ?? '(version not reported)'}${engines ? ` (${engines})` : ''}`;
}

/** Seconds until the API key expires: the token answer's refresh_expires_in, else the key's own exp claim. */
export function keyExpiresInSeconds(token: CxTokenResponse, apiKey: string, nowMs: number): number | undefined {
  if (typeof token.refresh_expires_in === 'number' && token.refresh_expires_in > 0) return token.refresh_expires_in;
  const exp = jwtClaims(apiKey).exp;
  return typeof exp === 'number' && exp > 0 ? Math.round(exp - nowMs / 1000) : undefined;
}

export function connectionResult(
  versions: CxVersions,
  token: CxTokenResponse,
  apiKey: string,
  latencyMs: number,
  nowMs: number = Date.now(),
): ConnectionTestResult {
  const warnings: string[] = [];
  const left = keyExpiresInSeconds(token, apiKey, nowMs);
  if (left !== undefined && left < EXPIRY_WARNING_DAYS * 86_400) {
    const days = Math.max(0, Math.floor(left / 86_400));
    warnings.push(`the Checkmarx One API key expires in ${days} day${days === 1 ? '' : 's'}; create a new one and update the secret`);
  }
  const claims = jwtClaims(token.access_token);
  const who = text(claims.preferred_username) ?? text(claims.email) ?? text(claims.sub) ?? 'unknown';
  const tenant = text(claims.tenant_name);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: versionText(versions),
    ...(tenant ? { license: `tenant ${tenant}` } : {}),
    user: who,
    warnings,
  };
}
