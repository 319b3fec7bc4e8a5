// Black Duck client: the API token is exchanged for a bearer token (POST /api/tokens/authenticate), then Bearer + CSRF token. HTTP only.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

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
  readonly authentication: HttpResponse<BdAuthentication>;
  currentVersion(): Promise<HttpResponse<BdCurrentVersion>>;
  currentUser(): Promise<HttpResponse<BdCurrentUser>>;
}

const USER_MEDIA = 'application/vnd.blackducksoftware.user-4+json';

/** Authenticates with the API token and returns a session whose calls carry the bearer token (and CSRF token). */
export async function blackduckSession(ctx: ConnectorContext): Promise<BlackduckSession> {
  const baseUrl = String(ctx.auth.base_url);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const login = ctx.http({ baseUrl, headers: { authorization: `token ${String(ctx.auth.api_token)}`, accept: USER_MEDIA } });
  const authentication = await login.post<BdAuthentication>('/api/tokens/authenticate', undefined, signal);
  const bearer = authentication.body.bearerToken;
  if (typeof bearer !== 'string' || bearer === '') {
    throw new Error(`${ctx.name}: Black Duck answered POST /api/tokens/authenticate without a bearerToken`);
  }
  const csrf = authentication.headers.get('x-csrf-token');
  const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${bearer}`, ...(csrf ? { 'x-csrf-token': csrf } : {}) } });
  return {
    authentication,
    currentVersion: () => http.get<BdCurrentVersion>('/api/current-version', { headers: { accept: 'application/json' }, ...signal }),
    currentUser: () => http.get<BdCurrentUser>('/api/current-user', { headers: { accept: USER_MEDIA }, ...signal }),
  };
}
