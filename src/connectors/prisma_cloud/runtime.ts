// Prisma Cloud's run-time side: CSPM /login + /auth_token/extend, and the Compute console's version when compute_url is set.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { withFreshOnRefusal } from '../../http/index.js';
import { computeVersion, prismaSession } from './client.js';
import { connectionResult } from './mapper.js';

export const prismaCloudRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    // A cached JWT the tenant refuses gets one fresh login, not an error.
    const { session, value: extended } = await withFreshOnRefusal((fresh) => prismaSession(ctx, { fresh }), (s) => s.extend());
    let latency = session.loginLatencyMs + extended.latencyMs;
    const computeUrl = typeof ctx.auth.compute_url === 'string' && ctx.auth.compute_url !== '' ? ctx.auth.compute_url : undefined;
    let compute: { url: string; version: unknown } | undefined;
    if (computeUrl) {
      const version = await computeVersion(ctx);
      latency += version.latencyMs;
      compute = { url: computeUrl, version: version.body };
    }
    return connectionResult(String(ctx.auth.api_url), session.login, extended.body, latency, compute);
  },
};
