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

/** GET /api/authentication/validate: whether the credentials sent are valid. */
export interface SonarValidate {
  readonly valid?: boolean;
}

export interface SonarApi {
  readonly baseUrl: string;
  systemStatus(): Promise<HttpResponse<SonarSystemStatus>>;
  validate(): Promise<HttpResponse<SonarValidate>>;
}

export function sonarqubeApi(ctx: ConnectorContext): SonarApi {
  const baseUrl = String(ctx.auth.base_url);
  const http = ctx.http({ baseUrl, headers: { authorization: `Bearer ${String(ctx.auth.token)}`, accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    baseUrl: http.baseUrl,
    systemStatus: () => http.get<SonarSystemStatus>('/api/system/status', opts),
    validate: () => http.get<SonarValidate>('/api/authentication/validate', opts),
  };
}
