// Jira runtime beyond the conformance suites (Cloud and Data Center): deployment warnings, unknown project, required fields.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeRoutes, type FakeServer } from '../../../test/fakes/fake-server.js';
import { jiraRuntime } from './runtime.js';
import { mappingProblems } from './mapper.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PAT = 'NjM4OTk2NzA1NzQ0OpDC-pat-test';

async function dcContext(routes: FakeRoutes, config: Record<string, unknown> = { project_key: 'SEC' }, ticketing: Record<string, unknown> = {}) {
  server = await startFakeServer({ routes });
  const spec = { type: 'jira', auth: { deployment: 'datacenter', base_url: `${server.url}/jira` }, config, ticketing };
  return connectorContext({ name: 'jira-dc', type: 'jira', spec }, new Map([['auth.pat', new TextEncoder().encode(PAT)]]), 'Jira', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
}

describe('Jira Data Center', () => {
  it('warns when the server says it is Cloud', async () => {
    const ctx = await dcContext({
      'GET /jira/rest/api/2/myself': { body: { name: 'svc' } },
      'GET /jira/rest/api/2/serverInfo': { body: { version: '1001.0.0', deploymentType: 'Cloud' } },
    });
    expect((await jiraRuntime.testConnection!(ctx)).warnings).toEqual([expect.stringMatching(/reports deploymentType Cloud: set auth.deployment to cloud/)]);
  });

  it('reads priorities from GET /priority and DC createmeta pages (values); an unknown project is one problem', async () => {
    const ctx = await dcContext(
      {
        'GET /jira/rest/api/2/issue/createmeta/{project}/issuetypes': (req) =>
          req.params.project === 'SEC' ? { body: { startAt: 0, maxResults: 50, total: 1, isLast: true, values: [{ id: '1', name: 'Bug' }] } } : { status: 404, body: { errorMessages: ['No project'] } },
        'GET /jira/rest/api/2/issue/createmeta/SEC/issuetypes/1': { body: { startAt: 0, maxResults: 50, total: 0, isLast: true, values: [] } },
        'GET /jira/rest/api/2/priority': { body: [{ id: '1', name: 'Blocker' }, { id: '2', name: 'Major' }] },
        'GET /jira/rest/api/2/project/SEC/statuses': { body: [{ id: '1', name: 'Bug', statuses: [{ id: '1', name: 'Open' }] }] },
      },
      { project_key: 'SEC' },
      { mappings: { priority: { critical: 'Blocker', high: 'High' } } },
    );
    expect(await jiraRuntime.checkMappings!(ctx)).toEqual([
      { path: 'spec.ticketing.mappings.priority.high', value: 'High', valid: ['Blocker', 'Major'], message: 'priority "High" does not exist in Jira; valid values: Blocker, Major' },
    ]);
    const other = { ...ctx, config: { project_key: 'NOPE' } };
    expect(await jiraRuntime.checkMappings!(other)).toEqual([expect.objectContaining({ path: 'spec.config.project_key', value: 'NOPE' })]);
  });
});

describe('mappingProblems', () => {
  const base = { projectKey: 'SEC', issueType: 'Bug', issueTypes: [{ id: '1', name: 'Bug' }], priorities: [], statuses: [], fields: [] };

  it('names an unknown issue type with the project\'s issue types', () => {
    expect(mappingProblems({ ...base, issueType: 'Vuln' }, {})).toEqual([
      { path: 'spec.config.issue_type', value: 'Vuln', valid: ['Bug'], message: 'issue type of project SEC "Vuln" does not exist in Jira; valid values: Bug' },
    ]);
  });

  it('asks for a default for a required field secwire does not fill, and accepts one that is given', () => {
    const fields = [
      { fieldId: 'summary', name: 'Summary', required: true },
      { fieldId: 'customfield_1', name: 'Team', required: true, allowedValues: [{ value: 'AppSec' }] },
      { fieldId: 'components', name: 'Components', required: true, hasDefaultValue: true },
    ];
    expect(mappingProblems({ ...base, fields }, {})).toEqual([expect.objectContaining({ path: 'spec.ticketing.defaults.customfield_1', valid: ['AppSec'] })]);
    expect(mappingProblems({ ...base, fields }, { defaults: { customfield_1: 'AppSec' } })).toEqual([]);
    expect(mappingProblems({ ...base, fields }, { defaults: { Team: 'AppSec', Nope: 'x' } })).toEqual([expect.objectContaining({ path: 'spec.ticketing.defaults.Nope', valid: ['Summary', 'Team', 'Components'] })]);
  });
});
