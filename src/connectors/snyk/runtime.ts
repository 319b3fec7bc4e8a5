// Snyk's run-time side: the connection test against GET /rest/self.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { REST_VERSION, snykApi } from './client.js';
import { connectionResult } from './mapper.js';

export const snykRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const response = await snykApi(ctx).self();
    return connectionResult(response.body, response.headers, REST_VERSION, response.latencyMs);
  },
};
