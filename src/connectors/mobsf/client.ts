// MobSF REST API client (X-Mobsf-Api-Key): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import type { HttpResponse } from '../../http/index.js';

/** One entry of GET /api/v1/scans: a RecentScansDB row (the fields secwire reads). */
export interface MobsfRecentScan {
  readonly ANALYZER?: string;
  readonly SCAN_TYPE?: string;
  readonly FILE_NAME?: string;
  readonly APP_NAME?: string;
  readonly MD5?: string;
  readonly TIMESTAMP?: string;
}

/** GET /api/v1/scans: one Django Paginator page (`page`, `page_size`, default 10), newest first. */
export interface MobsfScans {
  readonly content?: readonly MobsfRecentScan[];
  readonly count?: number;
  readonly num_pages?: number;
}

export interface MobsfApi {
  recentScans(): Promise<HttpResponse<MobsfScans>>;
}

export function mobsfApi(ctx: ConnectorContext): MobsfApi {
  const http = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { 'x-mobsf-api-key': String(ctx.auth.api_key), accept: 'application/json' } });
  const opts = ctx.signal ? { signal: ctx.signal } : {};
  return {
    // One row is enough: `count` is the total over all pages.
    recentScans: () => http.get<MobsfScans>('/api/v1/scans', { ...opts, query: { page: 1, page_size: 1 } }),
  };
}
