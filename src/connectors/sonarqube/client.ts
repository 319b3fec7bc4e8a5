// SonarQube Web API client (Authorization: Bearer <token>): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** GET /api/system/status (answers anonymous callers too). */
export interface SonarSystemStatus {
  readonly id?: string;
  readonly version?: string;
  /** STARTING, UP, DOWN, RESTARTING, DB_MIGRATION_NEEDED, DB_MIGRATION_RUNNING … */
  readonly status?: string;
}

/** GET /api/users/current: the caller (`isLoggedIn: false` when the server treated it as anonymous). */
export interface SonarCurrentUser {
  readonly isLoggedIn?: boolean;
  readonly login?: string;
  readonly name?: string;
  readonly email?: string;
}

/** Set by SonarQube on authenticated Web API answers for a token with an expiry date (not on validate or system/status). */
export const TOKEN_EXPIRATION_HEADER = 'sonarqube-authentication-token-expiration';

export interface SonarApi {
  readonly baseUrl: string;
  systemStatus(): Promise<HttpResponse<SonarSystemStatus>>;
  currentUser(): Promise<HttpResponse<SonarCurrentUser>>;
}

export function sonarqubeApi(ctx: ConnectorContext): SonarApi {
  const baseUrl = String(ctx.auth.base_url);
  const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${String(ctx.auth.token)}`, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    baseUrl: http.baseUrl,
    systemStatus: () => http.get<SonarSystemStatus>('/api/system/status', opts),
    currentUser: () => http.get<SonarCurrentUser>('/api/users/current', opts),
  };
}
