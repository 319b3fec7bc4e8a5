// Jenkins's run-time side: the connection test (GET /api/json proves the credentials, GET /whoAmI/api/json names the
// user), and the gate's verdict as the description of the build that ran it (Jenkins has no commit status of its own).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { jenkinsApi } from './client.js';
import { buildDescription, connectionResult } from './mapper.js';

export const jenkinsRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = jenkinsApi(ctx);
    const root = await api.root();
    const me = await api.whoAmI();
    return connectionResult(root.body, root.headers, me.body, String(ctx.auth.username), root.latencyMs);
  },
  async reportBuild(ctx, report) {
    await jenkinsApi(ctx).submitDescription(report.build, buildDescription(report));
    return `Set the description of build ${report.build}`;
  },
};
