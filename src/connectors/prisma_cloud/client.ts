// Prisma Cloud client: CSPM POST /login for a JWT sent as x-redlock-auth; optional Compute /authenticate + /version. HTTP only.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpClient, HttpResponse } from '../../http/index.js';

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
  readonly login: HttpResponse<PrismaLogin>;
  /** GET /auth_token/extend: proves the JWT is accepted (and renews it). */
  extend(): Promise<HttpResponse<PrismaLogin>>;
}

function bodyCredentials(ctx: ConnectorContext): { username: string; password: string } {
  return { username: String(ctx.auth.access_key_id), password: String(ctx.auth.secret_key) };
}

export async function prismaSession(ctx: ConnectorContext): Promise<PrismaSession> {
  const baseUrl = String(ctx.auth.api_url);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  const credentials = bodyCredentials(ctx);
  const anonymous = ctx.http({ baseUrl, headers: { accept: 'application/json' } });
  const login = await anonymous.post<PrismaLogin>('/login', credentials, { headers: { 'content-type': 'application/json; charset=UTF-8' }, ...signal });
  const jwt = login.body.token;
  if (typeof jwt !== 'string' || jwt === '') throw new Error(`${ctx.name}: Prisma Cloud answered POST /login without a token (${login.body.message ?? 'no message'})`);
  const http: HttpClient = ctx.http({ baseUrl, headers: { 'x-redlock-auth': jwt, accept: 'application/json' } });
  return { login, extend: () => http.get<PrismaLogin>('/auth_token/extend', signal) };
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
