// Tenable VM's run-time side: the connection test (server properties for version and licence, session for the user).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { tenableIoApi } from './client.js';
import { connectionResult } from './mapper.js';

export const tenableIoRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = tenableIoApi(ctx);
    const props = await api.serverProperties();
    const session = await api.session();
    return connectionResult(props.body, session.body, props.latencyMs, new Date());
  },
};
