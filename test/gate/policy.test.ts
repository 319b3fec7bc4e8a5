// Which integration's ci block is the policy, and whose import threshold applies to each findings format.
import { describe, expect, it } from 'vitest';
import { attributeFormats, GateInputError, selectPolicy } from '../../src/gate/index.js';
import { doc, fakeEntryOf, integrations, many } from './helpers.js';

const ci = (block: string, extra = '') => `  ci:\n    branches: [main, "release/*"]\n    gate: { block: [${block}], warn: [medium] }\n${extra}`;

function thrown(fn: () => unknown): GateInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GateInputError);
    return error as GateInputError;
  }
  throw new Error('expected a GateInputError');
}

describe('selectPolicy', () => {
  it('takes the only asset_source integration with a ci block', () => {
    const set = integrations(many(doc('repo', 'repo-host', ci('critical, high')), doc('plain-repo', 'repo-host'), doc('scan', 'code-scanner')));
    expect(selectPolicy(set, fakeEntryOf)).toEqual({
      integration: 'repo',
      declaredAt: 'manifests/ci.yaml:6:3',
      branches: ['main', 'release/*'],
      block: ['critical', 'high'],
      warn: ['medium'],
    });
  });

  it('takes the named one when several have a ci block, and refuses to guess', () => {
    const set = integrations(many(doc('repo-a', 'repo-host', ci('critical')), doc('repo-b', 'repo-host', ci('high'))));
    expect(selectPolicy(set, fakeEntryOf, 'repo-b').block).toEqual(['high']);
    const error = thrown(() => selectPolicy(set, fakeEntryOf));
    expect(error.message).toBe('2 asset_source integrations have a ci block (`repo-a`, `repo-b`); which policy applies is ambiguous');
    expect(error.hint).toBe('pass --integration with one of `repo-a`, `repo-b`');
    expect(error.exitCode).toBe(2);
  });

  it('says when there is no asset_source integration, or none with a ci block', () => {
    expect(thrown(() => selectPolicy(integrations(doc('scan', 'code-scanner')), fakeEntryOf)).message).toBe(
      'the manifests declare no asset_source integration, so there is no gate policy',
    );
    expect(thrown(() => selectPolicy(integrations(doc('repo', 'repo-host')), fakeEntryOf)).message).toBe(
      'no asset_source integration has a ci block (`repo`), so there is no gate policy',
    );
  });

  it('refuses an unknown name with a suggestion, another archetype, and an integration without ci', () => {
    const set = integrations(many(doc('repo', 'repo-host', ci('high')), doc('bare', 'repo-host'), doc('scan', 'code-scanner')));
    expect(thrown(() => selectPolicy(set, fakeEntryOf, 'rep')).message).toBe('integration `rep` is not in the manifests; did you mean `repo`?');
    expect(thrown(() => selectPolicy(set, fakeEntryOf, 'scan')).message).toBe(
      'integration `scan` is a scanner integration; the gate policy is the ci block of an asset_source integration',
    );
    expect(thrown(() => selectPolicy(set, fakeEntryOf, 'bare')).message).toBe('integration `bare` has no ci block, so it declares no gate');
  });

  it('reads a ci block without gate lists as blocking nothing', () => {
    const set = integrations(doc('repo', 'repo-host', '  ci:\n    pr_comment: true\n'));
    expect(selectPolicy(set, fakeEntryOf)).toMatchObject({ block: [], warn: [] });
    expect(selectPolicy(set, fakeEntryOf).branches).toBeUndefined();
  });
});

describe('attributeFormats', () => {
  const set = integrations(
    many(
      doc('repo', 'repo-host', ci('high')),
      doc('code', 'code-scanner', '  import_severity_threshold: medium\n'),
      doc('net', 'net-scanner'),
      doc('net-2', 'net-scanner', '  import_severity_threshold: high\n'),
      doc('sca', 'sca-platform', '  import_severity_threshold: high\n'),
      doc('tickets', 'tracker'),
    ),
  );

  it('attributes a format to the only integration whose type imports it', () => {
    expect(attributeFormats(set, ['sarif'], fakeEntryOf).get('sarif')).toEqual({ kind: 'integration', integration: 'code', threshold: 'medium', by: 'format' });
  });

  it('says none when no integration imports the format, ambiguous when several do', () => {
    const out = attributeFormats(set, ['nuclei_jsonl', 'nmap_xml'], fakeEntryOf);
    expect(out.get('nuclei_jsonl')).toEqual({ kind: 'none' });
    expect(out.get('nmap_xml')).toEqual({ kind: 'ambiguous', candidates: ['net', 'net-2'] });
  });

  it('reports an attributed integration without a threshold as such', () => {
    const only = integrations(doc('net', 'net-scanner'));
    expect(attributeFormats(only, ['nessus_xml'], fakeEntryOf).get('nessus_xml')).toEqual({ kind: 'integration', integration: 'net', by: 'format' });
  });

  it('--scanner names the integration for every format, pull_only included', () => {
    const out = attributeFormats(set, ['sarif', 'nmap_xml'], fakeEntryOf, 'sca');
    expect([...out.values()]).toEqual([
      { kind: 'integration', integration: 'sca', threshold: 'high', by: 'flag' },
      { kind: 'integration', integration: 'sca', threshold: 'high', by: 'flag' },
    ]);
  });

  it('--scanner must name a scanner or pull_only integration in the manifests', () => {
    expect(thrown(() => attributeFormats(set, [], fakeEntryOf, 'tickets')).message).toBe(
      '--scanner names `tickets`, which is not a scanner or pull_only integration (it has no import_severity_threshold)',
    );
    const unknown = thrown(() => attributeFormats(set, [], fakeEntryOf, 'cod'));
    expect(unknown.message).toBe('--scanner names `cod`, which is not in the manifests; did you mean `code`?');
    expect(unknown.hint).toBe('name a scanner or pull_only integration: `code`, `net`, `net-2`, `sca`');
  });
});
