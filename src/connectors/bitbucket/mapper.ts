// Pure Bitbucket ↔ secwire mapping: repository names, build-status bodies, the marked comment, connection results.
import type { CommitState, CommitStatus, ConnectionTestResult } from '../../catalog/runtime.js';

/** Bitbucket keeps build-status keys short (Cloud documents no limit in its description; 40 is the safe length, unconfirmed). */
export const KEY_MAX = 40;
/** App passwords stop working on this date (Atlassian's announcement). */
export const APP_PASSWORD_END = '2026-06-09';

export interface RepoRef {
  /** URL-encoded workspace (Cloud) or project key (Data Center). */
  readonly owner: string;
  /** URL-encoded repository slug. */
  readonly slug: string;
}

export interface CloudUser {
  readonly display_name?: string;
  readonly nickname?: string;
  readonly account_id?: string;
  readonly username?: string;
}

export interface CloudComment {
  readonly id: number;
  readonly deleted?: boolean;
  readonly content?: { readonly raw?: string | null };
}

export interface DcApplicationProperties {
  readonly version?: string;
  readonly buildNumber?: string;
  readonly displayName?: string;
}

export interface DcComment {
  readonly id: number;
  readonly version: number;
  readonly text?: string;
  readonly comments?: readonly DcComment[];
}

export interface DcActivity {
  readonly id: number;
  readonly action?: string;
  readonly comment?: DcComment;
}

/** `workspace/slug` (Cloud) or `PROJECT/slug` (Data Center) → its parts, URL-encoded. */
export function repoRef(repository: string): RepoRef {
  const parts = repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error(`"${repository}" is not a Bitbucket repository: expected workspace/slug or PROJECT/slug`);
  return { owner: encodeURIComponent(parts[0]), slug: encodeURIComponent(parts[1]) };
}

/** Bitbucket build states: no "error" state, so an evaluation that could not finish fails like a failure. */
export const STATE: Readonly<Record<CommitState, string>> = { success: 'SUCCESSFUL', pending: 'INPROGRESS', failure: 'FAILED', error: 'FAILED' };

/** The body of a Cloud or Data Center build status; `fallbackUrl` when the status has no target URL (Bitbucket requires one). */
export function buildStatusBody(status: CommitStatus, fallbackUrl: string): Record<string, string> {
  return {
    // `type` is required by the published description's base object; Bitbucket names the object commitstatus.
    type: 'commitstatus',
    key: status.context.length > KEY_MAX ? status.context.slice(0, KEY_MAX) : status.context,
    state: STATE[status.state],
    name: status.context,
    description: status.description,
    url: status.targetUrl ?? fallbackUrl,
  };
}

/** A body that starts with the marker (added when the body lacks it). */
export function markedBody(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

export function isMarkedCloudComment(comment: CloudComment, marker: string): boolean {
  return !comment.deleted && typeof comment.content?.raw === 'string' && comment.content.raw.includes(marker);
}

/** The marked top-level comment of a Data Center activity (COMMENTED activities only). */
export function markedDcComment(activity: DcActivity, marker: string): DcComment | undefined {
  if (activity.action !== 'COMMENTED' || !activity.comment) return undefined;
  return typeof activity.comment.text === 'string' && activity.comment.text.includes(marker) ? activity.comment : undefined;
}

/** Warnings for Cloud credentials: app passwords (a user name instead of an email) stopped working on 2026-06-09. */
export function cloudWarnings(auth: Readonly<Record<string, unknown>>, now: number): string[] {
  const email = auth['email'];
  const usesAppPassword = 'app_password' in auth || 'username' in auth || (typeof email === 'string' && email !== '' && !email.includes('@') && typeof auth['api_token'] === 'string');
  if (!usesAppPassword) return [];
  const ended = now >= Date.parse(`${APP_PASSWORD_END}T00:00:00Z`);
  return [
    `Bitbucket Cloud app passwords ${ended ? 'stopped' : 'stop'} working on ${APP_PASSWORD_END}: use an Atlassian API token with your account email (auth.email + auth.api_token) or an access token (auth.access_token)`,
  ];
}

export function cloudResult(user: CloudUser | undefined, workspace: string | undefined, latencyMs: number, warnings: string[]): ConnectionTestResult {
  const name = user?.nickname ?? user?.display_name ?? user?.username ?? (workspace ? `access token of workspace ${workspace}` : undefined);
  return { ok: true, latency_ms: latencyMs, vendor_version: 'Bitbucket Cloud (REST API 2.0)', ...(name ? { user: name } : {}), warnings };
}

/** Data Center: version from application-properties, user from the X-AUSERNAME header (unconfirmed, read when present). */
export function dcResult(props: DcApplicationProperties, userHeader: string | null, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const user = userHeader && userHeader !== 'anonymous' ? userHeader : undefined;
  if (userHeader === 'anonymous') warnings.push('Bitbucket Data Center answered as the anonymous user: the access token was not applied');
  return {
    ok: true,
    latency_ms: latencyMs,
    ...(props.version ? { vendor_version: `${props.displayName ?? 'Bitbucket'} Data Center ${props.version}` } : {}),
    user: user ?? 'access token (user not reported)',
    warnings,
  };
}
