// ServiceNow mapping: connection result warnings, choice inheritance from task, value-or-label matching.
import { describe, expect, it } from 'vitest';
import { choiceElements, choiceTables, connectionResult, mappingProblems } from './mapper.js';

const c = (name: string, element: string, value: string, label: string) => ({ name, element, value, label });

describe('servicenow connectionResult', () => {
  it('names the user and the build tag', () => {
    const r = connectionResult([{ user_name: 'svc', active: 'true', web_service_access_only: 'true' }], { result: [{ name: 'glide.buildtag', value: 'glide-yokohama-12-18-2024' }] }, 'svc', 9.4);
    expect(r).toEqual({ ok: true, latency_ms: 9, vendor_version: 'ServiceNow glide-yokohama-12-18-2024', user: 'svc', warnings: [] });
  });

  it('says when the build tag is unreadable and warns about interactive or missing users', () => {
    const r = connectionResult([{ user_name: 'svc', active: 'true', web_service_access_only: 'false' }], undefined, 'svc', 1);
    expect(r.vendor_version).toMatch(/not readable/);
    expect(r.warnings).toEqual([expect.stringMatching(/Web service access only/)]);
    expect(connectionResult([], { result: [] }, 'svc', 1).warnings).toEqual([expect.stringMatching(/no record for user_name svc/)]);
  });
});

describe('servicenow mappingProblems', () => {
  const choices = [c('task', 'priority', '1', '1 - Critical'), c('task', 'state', '3', 'Closed Complete'), c('incident', 'state', '6', 'Resolved'), c('incident', 'impact', '1', '1 - High')];

  it('reads the table and task, the fixed fields and each default field', () => {
    expect(choiceTables('incident')).toEqual(['incident', 'task']);
    expect(choiceTables('task')).toEqual(['task']);
    expect(choiceElements({ defaults: { impact: '1', u_team: 'x', 'bad field': 'y' } })).toEqual(['priority', 'state', 'impact', 'urgency', 'category', 'u_team']);
  });

  it('accepts values and labels, inherits task choices only where the table has none', () => {
    expect(mappingProblems('incident', choices, { mappings: { priority: { critical: '1', high: '1 - Critical' }, status: { resolved: '6' } }, defaults: { impact: '1 - High', short_description: 'x' } })).toEqual([]);
    expect(mappingProblems('incident', choices, { mappings: { status: { resolved: 'Closed Complete' } } })).toEqual([
      { path: 'spec.ticketing.mappings.status.resolved', value: 'Closed Complete', valid: ['6', 'Resolved'], message: 'state "Closed Complete" is not a choice of incident.state in ServiceNow; valid values: 6, Resolved' },
    ]);
  });

  it('reports priority mapped on a table without priority choices', () => {
    expect(mappingProblems('u_findings', [], { mappings: { priority: { critical: '1' } } })).toEqual([expect.objectContaining({ path: 'spec.ticketing.mappings.priority.critical', valid: [] })]);
  });
});
