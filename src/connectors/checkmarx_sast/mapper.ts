// Pure Checkmarx SAST → secwire mapping: the token answer read as a token or a refusal, and the connection result.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { CxTokenResponse, CxVersion } from './client.js';

export type TokenOutcome =
  | { readonly kind: 'token'; readonly token: string; readonly expiresIn?: number }
  /** invalid_grant: wrong user name or password, or a locked/disabled user. */
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'error'; readonly reason: string };

export function readToken(status: number, body: CxTokenResponse | string): TokenOutcome {
  const answer: CxTokenResponse = typeof body === 'object' && body !== null ? body : {};
  const reason = [answer.error, answer.error_description].filter(Boolean).join(': ') || `status ${status}`;
  if (status === 200 && typeof answer.access_token === 'string' && answer.access_token !== '') {
    return { kind: 'token', token: answer.access_token, ...(typeof answer.expires_in === 'number' ? { expiresIn: answer.expires_in } : {}) };
  }
  if (answer.error === 'invalid_grant') return { kind: 'refused', reason };
  return { kind: 'error', reason: status === 200 ? 'the token answer has no access_token' : reason };
}

export function connectionResult(version: CxVersion, username: string, latencyMs: number): ConnectionTestResult {
  const parts = [
    version.version,
    version.hotFix && version.hotFix !== '0' ? `HF${version.hotFix}` : undefined,
    version.enginePackVersion ? `(engine pack ${version.enginePackVersion})` : undefined,
  ].filter(Boolean);
  const warnings: string[] = [];
  const major = Number.parseInt(version.version ?? '', 10);
  if (Number.isFinite(major) && major < 9) warnings.push(`CxSAST ${version.version} is older than 9.0: secwire is written against the 9.x REST API`);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: parts.length ? `CxSAST ${parts.join(' ')}` : 'unknown',
    user: username,
    warnings,
  };
}
