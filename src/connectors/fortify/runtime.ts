// Fortify SSC's run-time side: the connection test (one application proves the token).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { fortifyApi } from './client.js';
import { connectionResult } from './mapper.js';

export const fortifyRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const projects = await fortifyApi(ctx).projects();
    return connectionResult(projects.body, projects.latencyMs);
  },
};
