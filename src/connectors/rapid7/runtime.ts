// Rapid7 InsightVM's run-time side: the connection test on the console (administration info proves the credentials, then the licence).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { rapid7Api } from './client.js';
import { connectionResult } from './mapper.js';

export const rapid7Runtime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = rapid7Api(ctx);
    const info = await api.info();
    const license = await api.license();
    return connectionResult(info.body, license?.body, String(ctx.auth.username ?? ''), info.latencyMs, new Date());
  },
};
