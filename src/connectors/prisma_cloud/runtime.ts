// Prisma Cloud's run-time side: CSPM /login + /auth_token/extend, and the Compute console's version when compute_url is set.
import type { ConnectorContext, ConnectorRuntime } from '../../catalog/runtime.js';
import { isHttpError, type HttpResponse } from '../../http/index.js';
import { computeVersion, prismaSession, type PrismaLogin, type PrismaSession } from './client.js';
import { connectionResult } from './mapper.js';

export const prismaCloudRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const { session, extended } = await extendedSession(ctx);
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

/** A session whose JWT the tenant accepts: a cached JWT that is refused gets one fresh login, not an error. */
async function extendedSession(ctx: ConnectorContext): Promise<{ session: PrismaSession; extended: HttpResponse<PrismaLogin> }> {
  const session = await prismaSession(ctx);
  try {
    return { session, extended: await session.extend() };
  } catch (error) {
    if (!session.cached || !isHttpError(error, 'authentication')) throw error;
    const fresh = await prismaSession(ctx, { fresh: true });
    return { session: fresh, extended: await fresh.extend() };
  }
}
