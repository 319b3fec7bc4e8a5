// The gate as a pure function: branch filter (globs), import threshold, baseline new/existing/fixed,
// block → failure, warn → pending, else success, and report-only.
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/catalog/types.js';
import { evaluate, matchBranch, type Attribution, type FindingsFile, type GateInput, type GatePolicy } from '../../src/gate/index.js';
import { finding, type FileFormat } from './helpers.js';

const policy: GatePolicy = { integration: 'repo', branches: ['main', 'release/*', 'hotfix/**'], block: ['critical', 'high'], warn: ['medium'] };
const file = (findings: FindingsFile['findings'], name = 'scan.sarif'): FindingsFile => ({ file: name, format: 'sarif', findings });
const noThreshold = new Map<FileFormat, Attribution>();
const threshold = (severity: Severity, format: FileFormat = 'sarif') =>
  new Map<FileFormat, Attribution>([[format, { kind: 'integration', integration: 'scanner', threshold: severity, by: 'format' }]]);

function run(overrides: Partial<GateInput>) {
  return evaluate({ policy, branch: { name: 'main', source: '--branch' }, findings: [], attribution: noThreshold, ...overrides });
}

describe('branch filter', () => {
  it.each([
    ['main', true, 'main'],
    ['release/1.4', true, 'release/*'],
    ['release/1.4/rc1', false, undefined], // `*` stays inside one path segment
    ['hotfix/a/b', true, 'hotfix/**'],
    ['refs/heads/release/2.0', true, 'release/*'], // a full ref is shortened first
    ['feature/login', false, undefined],
    ['mainline', false, undefined],
  ])('%s → matched %s', (name, matched, pattern) => {
    const decision = matchBranch(policy, { name });
    expect(decision.matched).toBe(matched);
    expect(decision.pattern).toBe(pattern);
  });

  it('skips a branch outside ci.branches before looking at any finding, and passes', () => {
    const v = run({ branch: { name: 'feature/x' }, findings: [file([finding('critical')])] });
    expect(v).toMatchObject({ status: 'skipped', passed: true, blocking: [], sources: [] });
    expect(v.totals.new).toBe(0);
  });

  it('gates every branch when ci.branches is not set', () => {
    const v = run({ policy: { ...policy, branches: undefined }, branch: { name: 'anything/goes' }, findings: [file([finding('high')])] });
    expect(v.status).toBe('failure');
    expect(v.branch.matched).toBe(true);
  });

  it('evaluates, and says so, when the branch is unknown', () => {
    const v = run({ branch: {}, findings: [file([finding('high')])] });
    expect(v.status).toBe('failure');
    expect(v.branch.matched).toBeUndefined();
  });
});

describe('verdict', () => {
  it('fails on a new finding of a blocking severity and lists it', () => {
    const high = finding('high');
    const v = run({ findings: [file([finding('medium'), high, finding('low')])] });
    expect(v.status).toBe('failure');
    expect(v.passed).toBe(false);
    expect(v.blocking).toEqual([high]);
    expect(v.warnings).toHaveLength(1);
  });

  it('warns (pending) when the most severe new finding is in gate.warn', () => {
    const v = run({ findings: [file([finding('medium'), finding('low'), finding('info')])] });
    expect(v).toMatchObject({ status: 'pending', passed: true });
    expect(v.blocking).toEqual([]);
  });

  it('succeeds when no new finding is in block or warn', () => {
    expect(run({ findings: [file([finding('low'), finding('info')])] })).toMatchObject({ status: 'success', passed: true });
    expect(run({ findings: [file([])] })).toMatchObject({ status: 'success', passed: true });
  });

  it('succeeds whatever the findings when the gate lists no severities', () => {
    expect(run({ policy: { ...policy, block: [], warn: [] }, findings: [file([finding('critical')])] }).status).toBe('success');
  });

  it('lists blocking findings most severe first', () => {
    const v = run({ findings: [file([finding('high'), finding('critical'), finding('high')])] });
    expect(v.blocking.map((f) => f.severity)).toEqual(['critical', 'high', 'high']);
  });

  it('counts a finding present in two files once', () => {
    const shared = finding('critical');
    const v = run({ findings: [file([shared], 'a.sarif'), file([{ ...shared }], 'b.sarif')] });
    expect(v.totals.new).toBe(1);
    expect(v.blocking).toHaveLength(1);
    expect(v.sources.map((s) => s.findings)).toEqual([1, 0]);
  });
});

describe('import threshold', () => {
  it('drops findings under the scanner threshold before the gate looks at them', () => {
    const v = run({ policy: { ...policy, block: ['low'], warn: [] }, findings: [file([finding('low'), finding('info')])], attribution: threshold('medium') });
    expect(v.status).toBe('success');
    expect(v.counts.low).toMatchObject({ new: 0, below_threshold: 1 });
    expect(v.counts.info).toMatchObject({ new: 0, below_threshold: 1 });
    expect(v.sources[0]!.below_threshold).toBe(2);
  });

  it('keeps findings at the threshold and above', () => {
    const v = run({ findings: [file([finding('medium'), finding('high')])], attribution: threshold('medium') });
    expect(v.status).toBe('failure');
    expect(v.totals).toMatchObject({ new: 2, below_threshold: 0 });
  });

  it('applies a threshold only to the format it was attributed for', () => {
    const nmapLow = finding('low', { format: 'nmap_xml' });
    const v = run({
      policy: { ...policy, block: ['low'] },
      findings: [file([finding('low')]), { file: 'scan.xml', format: 'nmap_xml', findings: [nmapLow] }],
      attribution: threshold('high'),
    });
    expect(v.blocking).toEqual([nmapLow]);
  });

  it('applies no threshold when attribution is none or ambiguous', () => {
    const attribution = new Map<FileFormat, Attribution>([['sarif', { kind: 'ambiguous', candidates: ['a', 'b'] }]]);
    const v = run({ policy: { ...policy, block: ['info'] }, findings: [file([finding('info')])], attribution });
    expect(v.status).toBe('failure');
    expect(v.thresholds).toEqual([{ format: 'sarif', attribution: { kind: 'ambiguous', candidates: ['a', 'b'] } }]);
  });
});

describe('baseline', () => {
  const kept = finding('critical');
  const fixed = finding('high');
  const fixedLow = finding('low');
  const added = finding('medium');

  it('only new findings count: existing ones do not block', () => {
    const v = run({ findings: [file([kept, added])], baseline: [file([kept, fixed, fixedLow], 'base.sarif')] });
    expect(v.status).toBe('pending');
    expect(v.counts.critical).toEqual({ new: 0, existing: 1, fixed: 0, below_threshold: 0 });
    expect(v.counts.medium).toEqual({ new: 1, existing: 0, fixed: 0, below_threshold: 0 });
    expect(v.counts.high.fixed).toBe(1);
    expect(v.counts.low.fixed).toBe(1);
    expect(v.totals).toEqual({ new: 1, existing: 1, fixed: 2, below_threshold: 0 });
    expect(v.baseline).toEqual({ files: ['base.sarif'], findings: 3 });
  });

  it('passes when the findings are their own baseline', () => {
    const all = [finding('critical'), finding('high'), finding('medium')];
    const v = run({ findings: [file(all)], baseline: [file(all, 'same.sarif')] });
    expect(v.status).toBe('success');
    expect(v.totals).toEqual({ new: 0, existing: 3, fixed: 0, below_threshold: 0 });
  });

  it('treats every finding as new without a baseline', () => {
    const v = run({ findings: [file([kept, added])] });
    expect(v.totals).toMatchObject({ new: 2, existing: 0, fixed: 0 });
    expect(v.baseline).toBeUndefined();
  });

  it('does not count baseline findings under the threshold as fixed', () => {
    const v = run({ findings: [file([])], baseline: [file([fixed, fixedLow])], attribution: threshold('medium') });
    expect(v.counts.high.fixed).toBe(1);
    expect(v.counts.low.fixed).toBe(0);
  });
});

describe('report-only', () => {
  it('reports the failure but passes', () => {
    const v = run({ reportOnly: true, findings: [file([finding('critical')])] });
    expect(v).toMatchObject({ status: 'failure', enforced: false, passed: true });
    expect(v.reason).toContain('report-only');
  });

  it('changes nothing else', () => {
    const input = { findings: [file([finding('critical'), finding('medium')])] };
    const { enforced: _a, passed: _b, reason: _c, ...shadow } = run({ ...input, reportOnly: true });
    const { enforced: _d, passed: _e, reason: _f, ...real } = run(input);
    expect(shadow).toEqual(real);
  });
});
