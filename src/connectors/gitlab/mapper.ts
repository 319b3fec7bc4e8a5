// Pure GitLab ↔ secwire mapping: status states and bodies, the marked note, the connection result, token expiry.
import { credentialExpiryWarning } from '../../catalog/credential-expiry.js';
import type { CommitState, CommitStatus, ConnectionTestResult } from '../../catalog/runtime.js';

/** GitLab keeps at most 255 characters of a status description. */
export const STATUS_DESCRIPTION_MAX = 255;
export interface GitlabVersion {
  readonly version?: string;
  readonly revision?: string;
  readonly enterprise?: boolean;
}
export interface GitlabUser {
  readonly id?: number;
  readonly username?: string;
  readonly name?: string;
  readonly bot?: boolean;
}
export interface GitlabToken {
  readonly name?: string;
  readonly scopes?: readonly string[];
  readonly expires_at?: string | null;
  readonly active?: boolean;
}
export interface GitlabNote {
  readonly id: number;
  readonly body?: string | null;
  readonly system?: boolean;
}

/** GitLab has no "error" state: an evaluation that could not finish fails the pipeline check like a failure. */
export const STATE: Readonly<Record<CommitState, string>> = { success: 'success', pending: 'pending', failure: 'failed', error: 'failed' };

/** The body of POST /projects/:id/statuses/:sha. */
export function statusBody(status: CommitStatus): Record<string, string> {
  const description = status.description.length > STATUS_DESCRIPTION_MAX ? `${status.description.slice(0, STATUS_DESCRIPTION_MAX - 1)}…` : status.description;
  return { state: STATE[status.state], name: status.context, description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) };
}

/** True for GitLab's 400 on a status already in the asked state ("Cannot transition status via :run from :running"). */
export function isRepeatedState(status: number, body: unknown): boolean {
  return status === 400 && /cannot transition status/i.test(JSON.stringify(body ?? ''));
}

/** The first user note (not a system note) whose body carries the marker. */
export function markedNote(notes: readonly GitlabNote[], marker: string): GitlabNote | undefined {
  return notes.find((n) => !n.system && typeof n.body === 'string' && n.body.includes(marker));
}

/** A body that starts with the marker (added when the body lacks it). */
export function markedBody(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** `expires_at` (a date, YYYY-MM-DD) → a warning when within CREDENTIAL_EXPIRY_WARNING_DAYS of `now`, or past. */
export function expiryWarning(expiresAt: string | null | undefined, now: number): string | undefined {
  if (!expiresAt) return undefined;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(expiresAt) ? `${expiresAt}T00:00:00Z` : expiresAt);
  return credentialExpiryWarning('the GitLab token', Number.isNaN(at) ? undefined : at, now, 'rotate it before then');
}

/** The connection result from /version, /user and (when available) /personal_access_tokens/self. */
export function connectionResult(version: GitlabVersion, user: GitlabUser, token: GitlabToken | undefined, latencyMs: number, now: number): ConnectionTestResult {
  const warnings: string[] = [];
  if (token?.scopes && !token.scopes.includes('api')) {
    warnings.push(`the token lacks the api scope (it has: ${token.scopes.join(', ') || 'none'}); commit statuses and merge request notes need it`);
  }
  const expiry = expiryWarning(token?.expires_at, now);
  if (expiry) warnings.push(expiry);
  const edition = version.enterprise === true ? 'EE ' : version.enterprise === false ? 'CE ' : '';
  return {
    ok: true,
    latency_ms: latencyMs,
    ...(version.version ? { vendor_version: `GitLab ${edition}${version.version}` } : {}),
    ...(user.username ? { user: user.username } : {}),
    warnings,
  };
}
