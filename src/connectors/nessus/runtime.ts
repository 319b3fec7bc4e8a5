// Nessus's run-time side: the connection test (server status, then the session proving the keys, then server properties).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { nessusApi } from './client.js';
import { connectionResult } from './mapper.js';

export const nessusRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = nessusApi(ctx);
    const status = await api.serverStatus();
    // /session first: /server/properties answers without keys, so only /session tells bad keys apart.
    const session = await api.session();
    const props = await api.serverProperties();
    return connectionResult(status.body, props.body, session.body, session.latencyMs, new Date());
  },
};
