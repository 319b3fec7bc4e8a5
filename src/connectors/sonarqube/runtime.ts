// SonarQube's run-time side: the connection test (users/current proves the token; system/status gives the version).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { HttpError } from '../../http/index.js';
import { sonarqubeEntry } from './catalog.js';
import { sonarqubeApi, TOKEN_EXPIRATION_HEADER } from './client.js';
import { connectionResult } from './mapper.js';

export const sonarqubeRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = sonarqubeApi(ctx);
    // users/current first: a refused token gets 401 there, and only such authenticated calls carry the token's expiry.
    const user = await api.currentUser();
    if (user.body.isLoggedIn !== true) {
      // 200 {"isLoggedIn":false}: the server ignored the token (a pre-10.0 server does not read Bearer) and saw an anonymous caller.
      throw new HttpError({
        kind: 'authentication',
        integration: ctx.name,
        vendor: sonarqubeEntry.displayName,
        method: 'GET',
        path: '/api/users/current',
        host: new URL(api.baseUrl).host,
        status: user.status,
        retryable: false,
        body: '{"isLoggedIn":false}',
      });
    }
    const status = await api.systemStatus();
    const deployment = ctx.config.deployment === 'cloud' ? 'cloud' : 'server';
    const organization = typeof ctx.config.organization === 'string' ? ctx.config.organization : undefined;
    return connectionResult(
      status.body,
      { user: user.body, tokenExpiration: user.headers.get(TOKEN_EXPIRATION_HEADER) ?? undefined, now: Date.now() },
      { deployment, ...(organization ? { organization } : {}) },
      user.latencyMs,
    );
  },
};
