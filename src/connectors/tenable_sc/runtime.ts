// Tenable Security Center's run-time side: the connection test (system, then currentUser proving the keys, then status).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { tenableScApi } from './client.js';
import { connectionResult } from './mapper.js';

export const tenableScRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = tenableScApi(ctx);
    const system = await api.system();
    const user = await api.currentUser();
    const status = await api.status();
    return connectionResult(system.body.response ?? {}, user.body.response ?? {}, status ? (status.body.response ?? {}) : undefined, user.latencyMs);
  },
};
