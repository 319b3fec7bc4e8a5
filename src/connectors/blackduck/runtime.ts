// Black Duck's run-time side: token authentication, then GET /api/current-version and /api/current-user.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { blackduckSession } from './client.js';
import { connectionResult } from './mapper.js';

export const blackduckRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const session = await blackduckSession(ctx);
    const [version, user] = [await session.currentVersion(), await session.currentUser()];
    const latency = session.authentication.latencyMs + version.latencyMs + user.latencyMs;
    return connectionResult(session.authentication.body, version.body, user.body, latency);
  },
};
