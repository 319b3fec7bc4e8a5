// Sonatype Lifecycle's run-time side: the connection test against GET /api/v2/organizations.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { sonatypeApi } from './client.js';
import { connectionResult } from './mapper.js';

export const sonatypeRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const response = await sonatypeApi(ctx).organizations();
    return connectionResult(response.body, response.headers, String(ctx.auth.username), response.latencyMs);
  },
};
