// Black Duck's run-time side: token authentication (the bearer token cached for its lifetime), then GET
// /api/current-version and /api/current-user. A cached bearer the server refuses gets one fresh authentication.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { withFreshOnRefusal } from '../../http/index.js';
import { blackduckSession } from './client.js';
import { connectionResult } from './mapper.js';

export const blackduckRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const { session, value: version } = await withFreshOnRefusal((fresh) => blackduckSession(ctx, { fresh }), (s) => s.currentVersion());
    const user = await session.currentUser();
    const latency = session.authenticationLatencyMs + version.latencyMs + user.latencyMs;
    return connectionResult(session.authentication, version.body, user.body, latency);
  },
};
