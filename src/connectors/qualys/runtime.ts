// Qualys's run-time side: the connection test against GET /msp/about.php (Basic auth proves the credentials).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { qualysApi } from './client.js';
import { connectionResult, parseAbout } from './mapper.js';

export const qualysRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const response = await qualysApi(ctx).about();
    return connectionResult(parseAbout(response.body), String(ctx.auth.username ?? ''), response.latencyMs);
  },
};
