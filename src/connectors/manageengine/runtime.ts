// ServiceDesk Plus's run-time side: connection test (one-row request list) and mapping checks against lookup lists.
import type { ConnectorContext, ConnectorRuntime, MappingProblem } from '../../catalog/runtime.js';
import { isHttpError } from '../../http/index.js';
import { LOOKUPS, sdpApi, type SdpNamed } from './client.js';
import { connectionResult, lookupFields, mappingProblems, type TicketingSpec } from './mapper.js';

export const manageengineRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = sdpApi(ctx);
    const list = await api.requests();
    return connectionResult(api.deployment, list.body, typeof ctx.auth.client_id === 'string' ? ctx.auth.client_id : undefined, list.latencyMs);
  },

  async checkMappings(ctx: ConnectorContext): Promise<MappingProblem[]> {
    const api = sdpApi(ctx);
    const ticketing = (ctx.spec.ticketing ?? {}) as TicketingSpec;
    const lists = new Map<string, SdpNamed[]>();
    // One after another: the first call also exchanges the Cloud refresh token.
    for (const field of lookupFields(ticketing, Object.keys(LOOKUPS))) {
      try {
        lists.set(field, await api.lookup(field));
      } catch (error) {
        // Lookup paths beyond priorities and statuses are unconfirmed: an instance without one leaves that default unchecked.
        if (LOOKUPS[field]?.confirmed || !isHttpError(error, 'not_found')) throw error;
      }
    }
    return mappingProblems(lists, ticketing);
  },
};
