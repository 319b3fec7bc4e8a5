// Jenkins's run-time side: the connection test (GET /api/json proves the credentials, GET /whoAmI/api/json names the user).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { jenkinsApi } from './client.js';
import { connectionResult } from './mapper.js';

export const jenkinsRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = jenkinsApi(ctx);
    const root = await api.root();
    const me = await api.whoAmI();
    return connectionResult(root.body, root.headers, me.body, String(ctx.auth.username), root.latencyMs);
  },
};
