// Invicti's run-time side: the connection test (one page of scans proves the user ID and API token).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { invictiApi } from './client.js';
import { connectionResult } from './mapper.js';

export const invictiRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = invictiApi(ctx);
    const page = await api.scansPage();
    return connectionResult(page.body, api.userId, page.latencyMs);
  },
};
