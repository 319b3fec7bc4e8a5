// Bamboo's run-time side: the connection test (currentUser proves the PAT, info gives the version and server state).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { bambooApi } from './client.js';
import { connectionResult } from './mapper.js';

export const bambooRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = bambooApi(ctx);
    const me = await api.currentUser();
    const info = await api.info();
    return connectionResult(info.body, me.body, me.latencyMs);
  },
};
