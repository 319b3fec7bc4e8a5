// Bamboo's run-time side: the connection test (currentUser proves the PAT, info gives the version and server state),
// and the gate's verdict as a comment on the build result that ran it (Bamboo has no commit status of its own).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { bambooApi } from './client.js';
import { connectionResult, resultComment } from './mapper.js';

export const bambooRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = bambooApi(ctx);
    const me = await api.currentUser();
    const info = await api.info();
    return connectionResult(info.body, me.body, me.latencyMs);
  },
  async reportBuild(ctx, report) {
    await bambooApi(ctx).commentOnResult(report.build, resultComment(report));
    return `Commented on build result ${report.build}`;
  },
};
