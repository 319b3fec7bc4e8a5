// MobSF's run-time side: the connection test (the recent-scans list proves the API key).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { mobsfApi } from './client.js';
import { connectionResult } from './mapper.js';

export const mobsfRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const scans = await mobsfApi(ctx).recentScans();
    return connectionResult(scans.body, String(ctx.auth.base_url), scans.latencyMs);
  },
};
