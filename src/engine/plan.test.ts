import { describe, expect, it } from 'vitest';
import '../connectors/index.js';
import type { IntegrationDocument } from '../manifest/generated/manifest-types.js';
import type { HubRecord } from '../state/types.js';
import { toDesired, type DesiredRecord } from './desired.js';
import { plan } from './plan.js';
import { asApplied } from './as-applied.js';
import { recordDigest } from './record-digest.js';

const github = (ci: Record<string, unknown>, extra: Partial<IntegrationDocument['spec']> = {}): DesiredRecord =>
  toDesired(
    {
      apiVersion: 'secwire/v1',
      kind: 'Integration',
      metadata: { name: 'gh' },
      spec: { type: 'github', auth: { token: { env: 'GH_TOKEN' } }, config: { owner: 'acme' }, ci, ...extra },
    } as IntegrationDocument,
    'm.yaml',
  );

/** The hub record apply would have written for a desired record. */
const applied = (want: DesiredRecord, overrides: Partial<HubRecord> = {}): HubRecord => ({ ...asApplied(want), ...overrides });

describe('plan', () => {
  it('creates what the hub lacks and is a no-op once applied', () => {
    const want = github({ branches: ['main'], gate: { block: ['critical'] } });
    expect(plan([want], []).summary).toMatchObject({ add: 1, change: 0, destroy: 0 });
    const again = plan([want], [applied(want)]);
    expect(again.summary).toMatchObject({ add: 0, change: 0, destroy: 0, unchanged: 1 });
  });

  it('treats an explicit catalog default like an omitted one', () => {
    const implicit = github({ branches: ['main'] });
    const explicit = github({ branches: ['main'] }, { auth: { token: { env: 'GH_TOKEN' }, api_url: 'https://api.github.com' } });
    expect(plan([explicit], [applied(implicit)]).summary.change).toBe(0);
  });

  it.each([
    ['removing a severity from gate.block', { branches: ['main'], gate: { block: ['critical', 'high'] } }, { branches: ['main'], gate: { block: ['critical'] } }, 'loosening'],
    ['narrowing branches', { branches: ['main', 'release/*'] }, { branches: ['main'] }, 'loosening'],
    ['adding a severity to gate.block', { branches: ['main'], gate: { block: ['critical'] } }, { branches: ['main'], gate: { block: ['critical', 'high'] } }, 'tightening'],
  ])('classifies %s', (_label, before, after, posture) => {
    const result = plan([github(after)], [applied(github(before))]);
    expect(result.changes[0]).toMatchObject({ action: 'update', posture });
  });

  it('classifies an import threshold that lets fewer findings in as loosening, and the reverse as tightening', () => {
    const scanner = (threshold: string) =>
      toDesired({ apiVersion: 'secwire/v1', kind: 'Integration', metadata: { name: 's' }, spec: { type: 'nuclei', import_severity_threshold: threshold } } as IntegrationDocument, 'm.yaml');
    expect(plan([scanner('high')], [applied(scanner('medium'))]).changes[0]!.posture).toBe('loosening');
    expect(plan([scanner('low')], [applied(scanner('medium'))]).changes[0]!.posture).toBe('tightening');
  });

  it('classifies auto_close_on_resolve: true as loosening', () => {
    const jira = (autoClose: boolean) =>
      toDesired(
        {
          apiVersion: 'secwire/v1',
          kind: 'Integration',
          metadata: { name: 'j' },
          spec: { type: 'jira', auth: { base_url: 'https://a.example.net', email: 'a@example.net', api_token: { env: 'T' } }, config: { project_key: 'SEC' }, ticketing: { auto_close_on_resolve: autoClose } },
        } as IntegrationDocument,
        'm.yaml',
      );
    const change = plan([jira(true)], [applied(jira(false))]).changes[0]!;
    expect(change.posture).toBe('loosening');
    expect(change.fields).toContainEqual(expect.objectContaining({ path: 'spec.ticketing.auto_close_on_resolve', posture: 'loosening' }));
  });

  it('classifies deleting a CI or ITSM integration as loosening, and a scanner as neutral', () => {
    const gh = applied(github({ branches: ['main'] }));
    const scanner = applied(toDesired({ apiVersion: 'secwire/v1', kind: 'Integration', metadata: { name: 'n' }, spec: { type: 'nmap' } } as IntegrationDocument, 'm.yaml'));
    const result = plan([], [gh, scanner]);
    expect(result.changes.find((c) => c.name === 'gh')).toMatchObject({ action: 'delete', posture: 'loosening' });
    expect(result.changes.find((c) => c.name === 'n')).toMatchObject({ action: 'delete', posture: 'neutral' });
  });

  it('classifies disabling an integration as loosening', () => {
    const result = plan([github({ branches: ['main'] }, { enabled: false })], [applied(github({ branches: ['main'] }))]);
    expect(result.changes[0]!.fields).toContainEqual(expect.objectContaining({ path: 'spec.enabled', posture: 'loosening' }));
  });

  it('shows a changed secret without its value, and an unchanged one not at all', () => {
    const want = github({ branches: ['main'] });
    const have = applied(want);
    have.secrets['auth.token']!.sealed_digest = 'other';
    have.applied_digest = recordDigest(have);
    const field = plan([want], [have]).changes[0]!.fields.find((f) => f.path === 'secrets.auth.token');
    expect(field).toEqual({ path: 'secrets.auth.token', sensitive: 'sensitive value changed', posture: 'neutral' });
  });

  it('reports drift when the hub record changed outside secwire', () => {
    const want = github({ branches: ['main'] });
    const have = applied(want);
    have.spec = { ...have.spec, enabled: false };
    const change = plan([want], [have]).changes[0]!;
    expect(change).toMatchObject({ action: 'update', drift: true });
    expect(change.reason).toContain('outside secwire');
  });

  it('deletes managed records no longer declared, leaves unmanaged ones, refuses protected deletes', () => {
    const keep = applied(github({ branches: ['main'] }));
    const gone = { ...applied(github({ branches: ['main'] })), name: 'old', protect: true };
    const foreign = { ...applied(github({ branches: ['main'] })), name: 'foreign', managed: false };
    const result = plan([github({ branches: ['main'] })], [keep, gone, foreign]);
    expect(result.unmanaged).toEqual(['foreign']);
    expect(result.changes.find((c) => c.name === 'old')).toMatchObject({ action: 'delete', posture: 'loosening' });
    expect(result.applyable).toBe(false);
    expect(result.blockers[0]).toContain('protected');
  });

  it('refuses a mass delete unless allowed', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ ...applied(github({ branches: ['main'] })), name: `r${i}` }));
    expect(plan([], records).applyable).toBe(false);
    expect(plan([], records, { allowMassDelete: true }).applyable).toBe(true);
  });

  it('limits the plan to --target names', () => {
    const a = github({ branches: ['main'] });
    const b = { ...github({ branches: ['main'] }), name: 'other' };
    expect(plan([a, b], [], { targets: ['other'] }).changes.map((c) => c.name)).toEqual(['other']);
  });
});
