// Acunetix's run-time side: the connection test (on-premises GET /api/v1/me; Acunetix 360 GET /api/1.0/scans/list).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { acunetixApi } from './client.js';
import { acunetix360Result, onPremResult } from './mapper.js';

export const acunetixRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = acunetixApi(ctx);
    if (api.deployment === 'acunetix_360') {
      const page = await api.scansPage();
      return acunetix360Result(String(ctx.auth.user_id ?? ''), page.latencyMs);
    }
    const me = await api.me();
    return onPremResult(me.body, me.latencyMs);
  },
};
