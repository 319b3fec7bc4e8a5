// SonarQube's run-time side: the connection test (system status for the version, authentication/validate for the token).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { HttpError } from '../../http/index.js';
import { sonarqubeEntry } from './catalog.js';
import { sonarqubeApi } from './client.js';
import { connectionResult } from './mapper.js';

export const sonarqubeRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = sonarqubeApi(ctx);
    // validate first: it is the call that proves the token (system/status answers anonymous callers).
    const validate = await api.validate();
    if (validate.body.valid !== true) {
      // SonarQube answers 200 {"valid":false} when it treats the caller as anonymous: that is a refusal of the token.
      throw new HttpError({
        kind: 'authentication',
        integration: ctx.name,
        vendor: sonarqubeEntry.displayName,
        method: 'GET',
        path: '/api/authentication/validate',
        host: new URL(api.baseUrl).host,
        status: validate.status,
        retryable: false,
        body: '{"valid":false}',
      });
    }
    const status = await api.systemStatus();
    const deployment = ctx.config.deployment === 'cloud' ? 'cloud' : 'server';
    const organization = typeof ctx.config.organization === 'string' ? ctx.config.organization : undefined;
    return connectionResult(status.body, { deployment, ...(organization ? { organization } : {}) }, validate.latencyMs);
  },
};
