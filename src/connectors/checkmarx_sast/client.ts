// Checkmarx SAST (CxSAST 9.x) REST client: OAuth password grant for a Bearer token, then the versioned JSON API. HTTP only.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

export const TOKEN_PATH = '/cxrestapi/auth/identity/connect/token';
export const VERSION_PATH = '/cxrestapi/system/version';
/** The built-in OAuth client for the password grant; its secret is a fixed value Checkmarx publishes (not a user secret). */
export const CLIENT_ID = 'resource_owner_client';
export const CLIENT_SECRET = '014DF517-39D1-4453-B7B3-9930C563627C';
export const SCOPE = 'sast_rest_api';

/** The identity server's token answer, or its OAuth error. */
export interface CxTokenResponse {
  readonly access_token?: string;
  readonly token_type?: string;
  /** Seconds. */
  readonly expires_in?: number;
  readonly error?: string;
  readonly error_description?: string;
}

/** GET /cxrestapi/system/version (VersionResponseV1_1 in the published Swagger). */
export interface CxVersion {
  readonly version?: string;
  readonly hotFix?: string;
  readonly enginePackVersion?: string;
}

export interface CheckmarxSastApi {
  readonly baseUrl: string;
  /** POST of the password grant; a 400 OAuth error is returned, not thrown, so the caller can name it. */
  requestToken(): Promise<HttpResponse<CxTokenResponse>>;
  /** The authenticated API with a Bearer token. */
  withToken(token: string): { version(): Promise<HttpResponse<CxVersion>> };
}

/** Root URL without a trailing slash or a /cxrestapi the user may have added. */
export function serverRoot(ctx: ConnectorContext): string {
  return String(ctx.auth.base_url).replace(/\/+$/, '').replace(/\/cxrestapi$/i, '');
}

export function checkmarxSastApi(ctx: ConnectorContext): CheckmarxSastApi {
  const baseUrl = serverRoot(ctx);
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  const identity = ctx.http({ baseUrl, headers: { accept: 'application/json' } });
  return {
    baseUrl: identity.baseUrl,
    requestToken: () =>
      identity.post<CxTokenResponse>(
        TOKEN_PATH,
        // The OAuth password grant carries the password in the form body (it never goes in the URL).
        new URLSearchParams({
          grant_type: 'password',
          username: String(ctx.auth.username),
          password: String(ctx.auth.password),
          scope: SCOPE,
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
        }),
        // Asking for a token twice is harmless, so 5xx and timeouts are retried like a GET; 400 is the OAuth error.
        { idempotent: true, okStatuses: [400], ...opts },
      ),
    withToken(token) {
      const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${token}`, accept: 'application/json;v=1.1' } });
      return { version: () => http.get<CxVersion>(VERSION_PATH, opts) };
    },
  };
}
