// Pure GitHub ↔ secwire mapping: repository names, status bodies, the marked comment, token scopes and expiry.
import { credentialExpiryWarning } from '../../catalog/credential-expiry.js';
import type { CommitStatus } from '../../catalog/runtime.js';

/** GitHub cuts a status description at 140 characters; longer ones are refused with 422. */
export const STATUS_DESCRIPTION_MAX = 140;
export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

/** `owner/repo` → its two parts, each URL-encoded for a path. Throws on anything else. */
export function repositoryRef(repository: string): RepositoryRef {
  const parts = repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error(`"${repository}" is not a GitHub repository: expected owner/name`);
  return { owner: encodeURIComponent(parts[0]), repo: encodeURIComponent(parts[1]) };
}

/** The body of POST /repos/{owner}/{repo}/statuses/{sha}. */
export function statusBody(status: CommitStatus): Record<string, string> {
  const description = status.description.length > STATUS_DESCRIPTION_MAX ? `${status.description.slice(0, STATUS_DESCRIPTION_MAX - 1)}…` : status.description;
  return { state: status.state, context: status.context, description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) };
}

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
}

/** The first comment whose body carries the marker (secwire writes it on the first line). */
export function markedComment(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  return comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
}

/** A comment body that starts with the marker (added when the body lacks it). */
export function markedBody(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** `X-OAuth-Scopes: repo, read:org` → ['repo', 'read:org']; undefined when the header is absent (fine-grained tokens, app tokens). */
export function parseScopes(header: string | null): string[] | undefined {
  if (header === null) return undefined;
  return header.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Scopes that imply another: `repo` covers `repo:status` and `public_repo`. */
const IMPLIED: Readonly<Record<string, readonly string[]>> = { repo: ['repo:status', 'public_repo', 'repo_deployment', 'repo:invite'] };

/**
 * What a classic token lacks for the operations secwire needs: `repo:status` for commit statuses, and
 * `public_repo` (public repositories) or `repo` for pull-request comments. Each entry names the missing need.
 */
export function missingScopes(granted: readonly string[], needs: { readonly statuses: boolean; readonly comments: boolean }): string[] {
  const has = new Set(granted.flatMap((s) => [s, ...(IMPLIED[s] ?? [])]));
  const missing: string[] = [];
  if (needs.statuses && !has.has('repo:status')) missing.push('repo:status (commit statuses)');
  if (needs.comments && !has.has('public_repo')) missing.push('public_repo or repo (pull-request comments)');
  return missing;
}

/**
 * `GitHub-Authentication-Token-Expiration: 2026-07-01 12:00:00 UTC` (also `+0200` offsets) → epoch ms;
 * undefined when absent or unreadable.
 */
export function parseTokenExpiration(header: string | null): number | undefined {
  if (!header) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(header.trim());
  if (!m) return undefined;
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
  const at = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(at) ? undefined : at;
}

/** A warning when the token expires within CREDENTIAL_EXPIRY_WARNING_DAYS of `now` (or has expired). */
export const expiryWarning = (expiresAt: number | undefined, now: number): string | undefined => credentialExpiryWarning('the GitHub token', expiresAt, now);
