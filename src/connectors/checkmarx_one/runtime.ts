// Checkmarx One's run-time side: API key → access token at the tenant IAM, then GET /api/versions.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { checkmarxOneApi } from './client.js';
import { connectionResult } from './mapper.js';

export const checkmarxOneRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = await checkmarxOneApi(ctx);
    const versions = await api.versions();
    return connectionResult(versions.body, api.token.response, String(ctx.auth.api_key), api.token.latencyMs + versions.latencyMs);
  },
};
