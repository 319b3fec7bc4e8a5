// Tenable Security Center REST client (x-apikey, SC 5.13+): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { HttpError, isHttpError, type HttpResponse } from '../../http/index.js';

/** Every Security Center answer is wrapped in this envelope. */
export interface ScEnvelope<T> {
  readonly type?: string;
  readonly response?: T;
  readonly error_code?: number;
  readonly error_msg?: string;
  readonly warnings?: readonly unknown[];
  readonly timestamp?: number;
}

/** GET /rest/system (answers before authentication). */
export interface ScSystem {
  readonly version?: string;
  readonly buildID?: string;
  readonly releaseID?: string;
  readonly uuid?: string;
  readonly licenseStatus?: string;
}

/** GET /rest/currentUser, the fields secwire reads. */
export interface ScCurrentUser {
  readonly id?: string;
  readonly username?: string;
  readonly firstname?: string;
  readonly lastname?: string;
  readonly role?: { readonly id?: string; readonly name?: string };
}

interface ScUpdate {
  readonly updateTime?: string;
  readonly stale?: string | boolean;
}

/** GET /rest/status (SC sends numbers and booleans as strings); fields as in Tenable's Status API page. */
export interface ScStatus {
  readonly licenseStatus?: string;
  /** Subscription of the active plugin set: `Valid`, `Expired`, `Unconfigured` … */
  readonly PluginSubscriptionStatus?: string | null;
  readonly PassivePluginSubscriptionStatus?: string | null;
  readonly LCEPluginSubscriptionStatus?: string | null;
  readonly licensedIPs?: string | number;
  readonly activeIPs?: string | number;
  readonly feedUpdates?: ScUpdate;
  readonly pluginUpdates?: Readonly<Record<string, ScUpdate | undefined>>;
}

export interface TenableScApi {
  system(): Promise<HttpResponse<ScEnvelope<ScSystem>>>;
  currentUser(): Promise<HttpResponse<ScEnvelope<ScCurrentUser>>>;
  /** Undefined when the user may not read it (403). */
  status(): Promise<HttpResponse<ScEnvelope<ScStatus>> | undefined>;
}

export function tenableScApi(ctx: ConnectorContext): TenableScApi {
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Tenable Security Center`);
  const http = ctx.http({
    baseUrl: `${ctx.auth.base_url.replace(/\/+$/, '').replace(/\/rest$/, '')}/rest`,
    headers: { 'x-apikey': `accesskey=${String(ctx.auth.access_key)}; secretkey=${String(ctx.auth.secret_key)};`, accept: 'application/json' },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    system: () => http.get<ScEnvelope<ScSystem>>('/system', opts),
    async currentUser() {
      try {
        return await http.get<ScEnvelope<ScCurrentUser>>('/currentUser', opts);
      } catch (error) {
        throw asAuthenticationError(error);
      }
    },
    async status() {
      const response = await http.get<ScEnvelope<ScStatus>>('/status', { ...opts, okStatuses: [403] });
      return response.status === 403 ? undefined : response;
    },
  };
}

/**
 * Security Center answers 400 Bad Request, not 401, to invalid API keys, to keys sent while API keys are disabled,
 * and to keys sent together with a session token (Tenable's API key authorization page). On the credentials probe
 * every one of those is a credentials problem, so it is reported as one.
 */
export function asAuthenticationError(error: unknown): unknown {
  if (!isHttpError(error, 'rejected') || error.status !== 400) return error;
  return new HttpError({ ...error.details, kind: 'authentication', retryable: false }, { cause: error });
}
