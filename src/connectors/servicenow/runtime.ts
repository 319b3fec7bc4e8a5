// ServiceNow's run-time side: connection test (sys_user, glide.buildtag) and mapping checks against sys_choice.
import type { ConnectorContext, ConnectorRuntime, MappingProblem } from '../../catalog/runtime.js';
import { servicenowEntry } from './catalog.js';
import { servicenowApi } from './client.js';
import { choiceElements, choiceTables, connectionResult, mappingProblems, type TicketingSpec } from './mapper.js';

const DEFAULT_TABLE = String(servicenowEntry.config.find((f) => f.name === 'table')?.default ?? 'incident');

export const servicenowRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = servicenowApi(ctx);
    const username = String(ctx.auth.username);
    // sys_user first: it proves the credentials (and names the account).
    const user = await api.user(username);
    const build = await api.buildTag();
    return connectionResult(user.body.result ?? [], build.status === 200 ? build.body : undefined, username, user.latencyMs);
  },

  async checkMappings(ctx: ConnectorContext): Promise<MappingProblem[]> {
    const api = servicenowApi(ctx);
    const table = typeof ctx.config.table === 'string' && ctx.config.table !== '' ? ctx.config.table : DEFAULT_TABLE;
    const ticketing = (ctx.spec.ticketing ?? {}) as TicketingSpec;
    const choices = await api.choices(choiceTables(table), choiceElements(ticketing));
    return mappingProblems(table, choices, ticketing);
  },
};
