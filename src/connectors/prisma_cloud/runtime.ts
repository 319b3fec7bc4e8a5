// Prisma Cloud's run-time side: CSPM /login + /auth_token/extend, and the Compute console's version when compute_url is set.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { computeVersion, prismaSession } from './client.js';
import { connectionResult } from './mapper.js';

export const prismaCloudRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const session = await prismaSession(ctx);
    const extended = await session.extend();
    let latency = session.login.latencyMs + extended.latencyMs;
    const computeUrl = typeof ctx.auth.compute_url === 'string' && ctx.auth.compute_url !== '' ? ctx.auth.compute_url : undefined;
    let compute: { url: string; version: unknown } | undefined;
    if (computeUrl) {
      const version = await computeVersion(ctx);
      latency += version.latencyMs;
      compute = { url: computeUrl, version: version.body };
    }
    return connectionResult(String(ctx.auth.api_url), session.login.body, extended.body, latency, compute);
  },
};
