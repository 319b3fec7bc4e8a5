// Fortify SSC's run-time side: the connection test (one application proves the token; tokenData says when it expires).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { fortifyApi } from './client.js';
import { connectionResult } from './mapper.js';

export const fortifyRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = fortifyApi(ctx);
    const projects = await api.projects();
    const token = await api.tokenData();
    return connectionResult(projects.body, token, Date.now(), projects.latencyMs);
  },
};
