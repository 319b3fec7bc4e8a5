// Checkmarx SAST's run-time side: a Bearer token from the password grant (cached for its lifetime), then the version.
import type { ConnectorContext, ConnectorRuntime } from '../../catalog/runtime.js';
import { HttpError, isHttpError, TokenCache } from '../../http/index.js';
import { checkmarxSastEntry } from './catalog.js';
import { checkmarxSastApi, TOKEN_PATH, type CheckmarxSastApi } from './client.js';
import { connectionResult, readToken } from './mapper.js';

/** A runtime with its own token cache (tests make fresh ones; the registered one lives as long as the process). */
export function createCheckmarxSastRuntime(now: () => number = Date.now): ConnectorRuntime {
  const tokens = new TokenCache(now);

  const token = async (ctx: ConnectorContext, api: CheckmarxSastApi, key: string): Promise<string> => {
    const cached = tokens.get(key);
    if (cached) return cached;
    const answer = await api.requestToken();
    const outcome = readToken(answer.status, answer.body);
    if (outcome.kind !== 'token') {
      // The identity server refuses a bad user name or password with 400 invalid_grant: that is an authentication failure.
      throw new HttpError({
        kind: outcome.kind === 'refused' ? 'authentication' : 'rejected',
        integration: ctx.name,
        vendor: checkmarxSastEntry.displayName,
        method: 'POST',
        path: TOKEN_PATH,
        host: new URL(api.baseUrl).host,
        status: answer.status,
        retryable: false,
        body: outcome.reason.slice(0, 300),
      });
    }
    tokens.set(key, outcome.token, outcome.expiresIn);
    return outcome.token;
  };

  return {
    async testConnection(ctx) {
      const api = checkmarxSastApi(ctx);
      const username = String(ctx.auth.username);
      const key = TokenCache.key(api.baseUrl, username, String(ctx.auth.password));
      const hadToken = tokens.get(key) !== undefined;
      let version;
      try {
        version = await api.withToken(await token(ctx, api, key)).version();
      } catch (error) {
        // A cached token the server no longer accepts (restart, revocation): drop it and log in once more.
        if (!hadToken || !isHttpError(error, 'authentication')) throw error;
        tokens.delete(key);
        version = await api.withToken(await token(ctx, api, key)).version();
      }
      return connectionResult(version.body, username, version.latencyMs);
    },
  };
}

export const checkmarxSastRuntime: ConnectorRuntime = createCheckmarxSastRuntime();
