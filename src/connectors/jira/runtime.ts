// Jira's run-time side: connection test (myself, serverInfo) and mapping checks against the project's live metadata.
import type { ConnectorContext, ConnectorRuntime, MappingProblem } from '../../catalog/runtime.js';
import { isHttpError } from '../../http/index.js';
import { jiraEntry } from './catalog.js';
import { jiraApi } from './client.js';
import { connectionResult, mappingProblems, type TicketingSpec } from './mapper.js';

const DEFAULT_ISSUE_TYPE = String(jiraEntry.config.find((f) => f.name === 'issue_type')?.default ?? 'Bug');

export const jiraRuntime: ConnectorRuntime = {
  async testConnection(ctx) {
    const api = jiraApi(ctx);
    // myself first: it is the call that proves the credentials (serverInfo answers anonymous callers on Cloud).
    const me = await api.myself();
    const info = await api.serverInfo();
    return connectionResult(api.deployment, info.body, me.body, me.latencyMs);
  },

  async checkMappings(ctx: ConnectorContext): Promise<MappingProblem[]> {
    const api = jiraApi(ctx);
    const projectKey = String(ctx.config.project_key);
    const issueType = typeof ctx.config.issue_type === 'string' ? ctx.config.issue_type : DEFAULT_ISSUE_TYPE;
    let issueTypes;
    try {
      issueTypes = await api.createMetaIssueTypes(projectKey);
    } catch (error) {
      if (!isHttpError(error, 'not_found')) throw error;
      return [{ path: 'spec.config.project_key', value: projectKey, valid: [], message: `project ${projectKey} does not exist in Jira or the account cannot see it` }];
    }
    const [priorities, statuses] = await Promise.all([api.priorities(), api.projectStatuses(projectKey)]);
    const chosen = issueTypes.find((t) => t.name === issueType);
    const fields = chosen ? await api.createMetaFields(projectKey, chosen.id) : [];
    return mappingProblems({ projectKey, issueType, issueTypes, priorities, statuses, fields }, (ctx.spec.ticketing ?? {}) as TicketingSpec);
  },
};
