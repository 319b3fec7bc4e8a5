// Pure Checkmarx One → secwire mapping of the connection test: engine versions, user from the access token, key expiry.
import { credentialExpiryWarning } from '../../catalog/credential-expiry.js';
import { jwtClaims } from '../../http/jwt-claims.js';
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { CxTokenResponse, CxVersions } from './client.js';

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
  const expiry = credentialExpiryWarning('the Checkmarx One API key', left === undefined ? undefined : nowMs + left * 1000, nowMs, 'create a new one and update the secret before then');
  if (expiry) warnings.push(expiry);
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
