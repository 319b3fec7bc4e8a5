// Nessus's run-time side: the connection test (server status, then server properties proving the keys, then the session's user).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { nessusApi } from './client.js';
import { connectionResult } from './mapper.js';

export const nessusRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = nessusApi(ctx);
    const status = await api.serverStatus();
    const props = await api.serverProperties();
    const session = await api.session();
    return connectionResult(status.body, props.body, session.body, props.latencyMs, new Date());
  },
};
