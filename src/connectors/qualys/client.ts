// Qualys API client (Basic auth + X-Requested-With, 409 = throttled): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** Qualys wants any value here on every API v2 call (CSRF protection); secwire names itself. */
export const REQUESTED_WITH = 'secwire';
/** Qualys blocks over-limit calls with 409 Conflict and X-RateLimit-ToWait-Sec, not 429. */
export const THROTTLE_STATUSES: readonly number[] = [409];

export interface QualysApi {
  /** GET /msp/about.php: XML text. */
  about(): Promise<HttpResponse<string>>;
}

export function qualysApi(ctx: ConnectorContext): QualysApi {
  if (typeof ctx.auth.base_url !== 'string' || ctx.auth.base_url === '') throw new Error(`${ctx.name}: auth.base_url is required for Qualys`);
  if (typeof ctx.auth.username !== 'string' || typeof ctx.auth.password !== 'string' || ctx.auth.password === '') {
    throw new Error(`${ctx.name}: auth.username and auth.password are required for Qualys`);
  }
  const http = ctx.http({
    baseUrl: ctx.auth.base_url.replace(/\/+$/, ''),
    headers: {
      authorization: `Basic ${Buffer.from(`${ctx.auth.username}:${ctx.auth.password}`, 'utf8').toString('base64')}`,
      'x-requested-with': REQUESTED_WITH,
      accept: 'text/xml, application/xml',
    },
    retry: { throttleStatuses: THROTTLE_STATUSES },
  });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    about: async () => {
      const response = await http.get<unknown>('/msp/about.php', opts);
      return { ...response, body: typeof response.body === 'string' ? response.body : '' };
    },
  };
}
