// Burp Suite DAST's run-time side: the connection test (a trivial site_tree query proves the API key).
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { HttpError } from '../../http/index.js';
import { burpEntry } from './catalog.js';
import { burpApi, GRAPHQL_PATH } from './client.js';
import { connectionResult, graphQlProblem } from './mapper.js';

export const burpRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = burpApi(ctx);
    const answer = await api.siteTree();
    const problem = graphQlProblem(answer.body);
    if (problem) {
      // GraphQL reports errors with status 200: turn them into the HTTP layer's error so callers see one shape.
      throw new HttpError({
        kind: problem.auth ? 'authentication' : 'rejected',
        integration: ctx.name,
        vendor: burpEntry.displayName,
        method: 'POST',
        path: GRAPHQL_PATH,
        host: new URL(api.baseUrl).host,
        status: answer.status,
        retryable: false,
        body: problem.message.slice(0, 300),
      });
    }
    return connectionResult(answer.body, answer.latencyMs);
  },
};
