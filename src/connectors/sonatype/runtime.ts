// Sonatype Lifecycle's run-time side: the connection test against GET /api/v2/organizations, then the server version.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { sonatypeApi } from './client.js';
import { connectionResult } from './mapper.js';

export const sonatypeRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = sonatypeApi(ctx);
    const response = await api.organizations();
    const product = await api.productVersion();
    return connectionResult(response.body, product, String(ctx.auth.username), response.latencyMs);
  },
};
