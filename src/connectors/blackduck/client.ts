// Black Duck client: the API token is exchanged for a bearer token (POST /api/tokens/authenticate), then Bearer + CSRF token. HTTP only.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { isHttpError, TokenCache, type HttpResponse } from '../../http/index.js';

/** POST /api/tokens/authenticate. */
export interface BdAuthentication {
  readonly bearerToken?: string;
  readonly expiresInMilliseconds?: number;
}

/** GET /api/current-version (CurrentVersionView: `version` is its only field). */
export interface BdCurrentVersion {
  readonly version?: string;
}

/** GET /api/current-user (UserView, media type user-4; only the fields secwire reads). */
export interface BdCurrentUser {
  readonly userName?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly email?: string;
  readonly active?: boolean;
}

export interface BlackduckSession {
  /** The /api/tokens/authenticate answer the bearer token came from (kept with a cached token). */
  readonly authentication: BdAuthentication;
  /** 0 when the bearer token came from the cache. */
  readonly authenticationLatencyMs: number;
  readonly cached: boolean;
  currentVersion(): Promise<HttpResponse<BdCurrentVersion>>;
  currentUser(): Promise<HttpResponse<BdCurrentUser>>;
}

const USER_MEDIA = 'application/vnd.blackducksoftware.user-4+json';

interface BdBearer {
  readonly bearer: string;
  readonly csrf: string | null;
  readonly authentication: BdAuthentication;
}

/** Bearer tokens by server and API token, kept for the lifetime Black Duck gives them (expiresInMilliseconds). */
const bearers = new TokenCache<BdBearer>();

export function clearBlackduckBearers(): void {
  bearers.clear();
}

/** A session on the cached bearer token when one is alive, else after exchanging the API token for a new one. */
export async function blackduckSession(ctx: ConnectorContext, options: { fresh?: boolean } = {}): Promise<BlackduckSession> {
  const baseUrl = String(ctx.auth.base_url);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const key = TokenCache.key(baseUrl, String(ctx.auth.api_token));
  if (options.fresh) bearers.delete(key);
  let held = bearers.get(key);
  const cached = held !== undefined;
  let authenticationLatencyMs = 0;
  if (!held) {
    const login = ctx.http({ baseUrl, headers: { authorization: `token ${String(ctx.auth.api_token)}`, accept: USER_MEDIA } });
    const answer = await login.post<BdAuthentication>('/api/tokens/authenticate', undefined, signal);
    const bearer = answer.body.bearerToken;
    if (typeof bearer !== 'string' || bearer === '') {
      throw new Error(`${ctx.name}: Black Duck answered POST /api/tokens/authenticate without a bearerToken`);
    }
    held = { bearer, csrf: answer.headers.get('x-csrf-token'), authentication: answer.body };
    authenticationLatencyMs = answer.latencyMs;
    const lifetimeMs = answer.body.expiresInMilliseconds;
    bearers.set(key, held, typeof lifetimeMs === 'number' ? lifetimeMs / 1000 : undefined);
  }
  const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${held.bearer}`, ...(held.csrf ? { 'x-csrf-token': held.csrf } : {}) } });
  // A bearer token the server no longer accepts (restart, revoked API token) is forgotten, so the next session authenticates again.
  const forgetOn401 = <T>(call: Promise<HttpResponse<T>>): Promise<HttpResponse<T>> =>
    call.catch((error: unknown) => {
      if (isHttpError(error, 'authentication')) bearers.delete(key);
      throw error;
    });
  return {
    authentication: held.authentication,
    authenticationLatencyMs,
    cached,
    currentVersion: () => forgetOn401(http.get<BdCurrentVersion>('/api/current-version', { headers: { accept: 'application/json' }, ...signal })),
    currentUser: () => forgetOn401(http.get<BdCurrentUser>('/api/current-user', { headers: { accept: USER_MEDIA }, ...signal })),
  };
}
