// Prisma Cloud client: CSPM POST /login for a JWT sent as x-redlock-auth; optional Compute /authenticate + /version. HTTP only.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { isHttpError, TokenCache, type HttpClient, type HttpResponse } from '../../http/index.js';
import { jwtClaims } from '../../http/jwt-claims.js';

/** The Compute API version secwire is written against (paths /api/v34.04/…). */
export const COMPUTE_API_VERSION = 'v34.04';

/** POST /login and GET /auth_token/extend (LoginResponseModel). */
export interface PrismaLogin {
  readonly token?: string;
  readonly message?: string;
  readonly customerNames?: readonly { readonly customerName?: string; readonly prismaId?: string; readonly tosAccepted?: boolean }[];
  readonly roles?: readonly string[];
}

export interface PrismaSession {
  /** The /login answer this session's JWT came from (kept with a cached JWT). */
  readonly login: PrismaLogin;
  /** 0 when the JWT came from the cache. */
  readonly loginLatencyMs: number;
  readonly cached: boolean;
  /** GET /auth_token/extend: proves the JWT is accepted and renews it (the renewed JWT replaces the cached one). */
  extend(): Promise<HttpResponse<PrismaLogin>>;
}

/** A CSPM JWT lives 10 minutes (Prisma Cloud's API docs); its `exp` claim says so exactly when present. */
const JWT_LIFETIME_S = 600;

/** CSPM JWTs by API URL and access key, with the login answer they came from. */
const sessions = new TokenCache<{ readonly jwt: string; readonly login: PrismaLogin }>();

export function clearPrismaSessions(): void {
  sessions.clear();
}

function lifetimeSeconds(jwt: string, now: number): number {
  const exp = jwtClaims(jwt).exp;
  return typeof exp === 'number' ? exp - Math.floor(now / 1000) : JWT_LIFETIME_S;
}

function bodyCredentials(ctx: ConnectorContext): { username: string; password: string } {
  return { username: String(ctx.auth.access_key_id), password: String(ctx.auth.secret_key) };
}

/** A CSPM session: the cached JWT when one is alive, else a POST /login with the access key in its body. */
export async function prismaSession(ctx: ConnectorContext, options: { fresh?: boolean } = {}): Promise<PrismaSession> {
  const baseUrl = String(ctx.auth.api_url);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const credentials = bodyCredentials(ctx);
  const key = TokenCache.key(baseUrl, credentials.username, credentials.password);
  if (options.fresh) sessions.delete(key);
  const cached = sessions.get(key);
  let login: PrismaLogin;
  let loginLatencyMs = 0;
  let jwt: string;
  if (cached) {
    ({ jwt, login } = cached);
  } else {
    const anonymous = ctx.http({ baseUrl, headers: { accept: 'application/json' } });
    const answer = await anonymous.post<PrismaLogin>('/login', credentials, { headers: { 'content-type': 'application/json; charset=UTF-8' }, ...signal });
    const token = answer.body.token;
    if (typeof token !== 'string' || token === '') throw new Error(`${ctx.name}: Prisma Cloud answered POST /login without a token (${answer.body.message ?? 'no message'})`);
    ({ body: login, latencyMs: loginLatencyMs } = answer);
    jwt = token;
    sessions.set(key, { jwt, login }, lifetimeSeconds(jwt, Date.now()));
  }
  const http: HttpClient = ctx.http({ baseUrl, headers: { 'x-redlock-auth': jwt, accept: 'application/json' } });
  return {
    login,
    loginLatencyMs,
    cached: cached !== undefined,
    async extend() {
      try {
        const extended = await http.get<PrismaLogin>('/auth_token/extend', signal);
        const renewed = extended.body.token;
        if (typeof renewed === 'string' && renewed !== '') sessions.set(key, { jwt: renewed, login }, lifetimeSeconds(renewed, Date.now()));
        return extended;
      } catch (error) {
        // A JWT the tenant no longer accepts (revoked key, logout) is forgotten, so the next session logs in again.
        if (isHttpError(error, 'authentication')) sessions.delete(key);
        throw error;
      }
    },
  };
}

/** Compute console (compute_url): POST /api/v34.04/authenticate with the same key pair, then GET /api/v34.04/version. */
export async function computeVersion(ctx: ConnectorContext): Promise<HttpResponse<unknown>> {
  const baseUrl = String(ctx.auth.compute_url);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const credentials = bodyCredentials(ctx);
  const anonymous = ctx.http({ baseUrl, headers: { accept: 'application/json' } });
  const auth = await anonymous.post<{ token?: string }>(`/api/${COMPUTE_API_VERSION}/authenticate`, credentials, signal);
  const token = auth.body.token;
  if (typeof token !== 'string' || token === '') throw new Error(`${ctx.name}: Prisma Cloud Compute answered /authenticate without a token`);
  const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  return http.get(`/api/${COMPUTE_API_VERSION}/version`, signal);
}
