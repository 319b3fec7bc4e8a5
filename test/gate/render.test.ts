// The verdict's renderers: text, versioned JSON, GitHub workflow annotations and Markdown, from one verdict.
import { describe, expect, it } from 'vitest';
import {
  annotationPath,
  evaluate,
  GATE_MARKDOWN_MARKER,
  MAX_ANNOTATIONS,
  renderGateAnnotations,
  renderGateJson,
  renderGateMarkdown,
  renderGateText,
  type Attribution,
  type GatePolicy,
} from '../../src/gate/index.js';
import { finding, type FileFormat } from './helpers.js';

const policy: GatePolicy = { integration: 'repo', declaredAt: 'ci.yaml:6:3', branches: ['main'], block: ['critical', 'high'], warn: ['medium'] };
const attribution = new Map<FileFormat, Attribution>([['sarif', { kind: 'integration', integration: 'code', threshold: 'low', by: 'format' }]]);

function verdictOf(findings: ReturnType<typeof finding>[], reportOnly = false) {
  return evaluate({ policy, branch: { name: 'main', source: 'GITHUB_BASE_REF', pullRequestTarget: true }, findings: [{ file: 'scan.sarif', format: 'sarif', findings }], attribution, reportOnly });
}

describe('annotations', () => {
  it('::error for blocking and ::warning for warning findings with a location, escaped as the runner expects', () => {
    const blocking = finding('high', { rule_id: 'js/sql, injection', title: 'SQL: built from input\n100% bad', location: { file: 'src/db.js', line: 12, column: 5, end_line: 12 } });
    const warning = finding('medium', { location: { file: 'src/a.js', line: 3, end_line: 9, column: 2 } });
    const unplaced = finding('critical', { location: undefined, asset: { ip: '10.0.0.1', port: 443, protocol: 'tcp' } });
    const out = renderGateAnnotations(verdictOf([blocking, warning, unplaced, finding('low')])).trimEnd().split('\n');
    expect(out).toEqual([
      '::error file=src/db.js,line=12,endLine=12,col=5,title=secwire gate%3A high js/sql%2C injection::SQL: built from input 100%25 bad (tool, new, blocks the merge)',
      '::notice title=secwire gate%3A blocking findings::1 without a file location: see the job summary or --format json',
      `::warning file=src/a.js,line=3,endLine=9,title=secwire gate%3A medium ${warning.rule_id}::${warning.title} (tool, new, warning severity)`,
    ]);
  });

  it('annotates at most MAX_ANNOTATIONS per kind and says how many more there are', () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 7 }, () => finding('critical'));
    const lines = renderGateAnnotations(verdictOf(many)).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(MAX_ANNOTATIONS);
    expect(lines.at(-1)).toBe('::notice title=secwire gate%3A blocking findings::7 more not annotated: see the job summary or --format json');
  });

  it('says "would block" in report-only mode, and prints nothing when nothing is new', () => {
    expect(renderGateAnnotations(verdictOf([finding('critical')], true))).toContain('would block the merge (report-only)');
    expect(renderGateAnnotations(verdictOf([finding('low')]))).toBe('');
  });

  it('turns SARIF URIs into repository paths', () => {
    expect(annotationPath('file:///home/runner/work/app/app/src/x%20y.js', '/home/runner/work/app/app')).toBe('src/x y.js');
    expect(annotationPath('./lib/a.js')).toBe('lib/a.js');
    expect(annotationPath('src/100%.js')).toBe('src/100%.js');
  });
});

describe('markdown', () => {
  it('starts with the comment marker and a headline, and escapes untrusted text', () => {
    const evil = finding('critical', { title: 'x | <img src=x onerror=alert(1)> @octocat', rule_id: 'a`b' });
    const md = renderGateMarkdown(verdictOf([evil, finding('medium'), finding('low')]));
    const lines = md.split('\n');
    expect(lines[0]).toBe(GATE_MARKDOWN_MARKER);
    expect(lines[1]).toBe('### ❌ secwire gate: blocked');
    expect(md).toContain("| critical | `" + evil.location!.file + ':' + evil.location!.line + "` | `a'b` | x \\| &lt;img src=x onerror=alert(1)&gt; &#64;octocat |");
    expect(md).toContain('| critical | 1 | 0 | 0 | 0 | blocks |');
    expect(md).toContain('| medium | 1 | 0 | 0 | 0 | warns |');
    expect(md).toContain('| **total** | **3** | **0** | **0** | **0** | |');
    expect(md).toContain('<details open><summary>Blocking findings (1)</summary>');
    expect(md).not.toContain('<img');
  });

  it('says report-only in a note', () => {
    const md = renderGateMarkdown(verdictOf([finding('critical')], true));
    expect(md).toContain('would be blocked (report-only: passing)');
    expect(md).toContain('> [!NOTE]');
  });
});

describe('text and JSON', () => {
  it('text: headline, policy, branch, threshold, counts table and the blocking list', () => {
    const f = finding('high');
    const text = renderGateText(verdictOf([f, finding('info')]));
    expect(text.split('\n')[0]).toBe('✗ secwire gate: blocked: 1 new finding of a blocking severity.');
    expect(text).toContain('  policy     repo (ci.yaml:6:3): block critical, high; warn medium; branches main');
    expect(text).toContain("  branch     main (from GITHUB_BASE_REF, the pull request's target branch) matches main");
    expect(text).toContain('  threshold  sarif: low and above, from `code` (the only integration importing sarif)');
    expect(text).toContain('  findings   scan.sarif: sarif, 2 findings (1 below threshold)');
    expect(text).toContain('\n  severity  new  existing  fixed  below threshold\n');
    expect(text).toContain('\n  high        1         0      0                0  blocks\n');
    expect(text).toContain('\n  total       1         0      0                1\n');
    expect(text).toContain(`Blocking (1):\n  high      ${f.location!.file}:${f.location!.line}  ${f.rule_id}  ${f.title}`);
  });

  it('JSON: versioned, every blocking finding included', () => {
    const many = Array.from({ length: 120 }, () => finding('critical'));
    const json = JSON.parse(renderGateJson(verdictOf(many))) as { format_version: string; status: string; blocking: unknown[]; thresholds: unknown[]; baseline: unknown };
    expect(json.format_version).toBe('1');
    expect(json.status).toBe('failure');
    expect(json.blocking).toHaveLength(120);
    expect(json.baseline).toBeNull();
    expect(json.thresholds).toEqual([{ format: 'sarif', kind: 'integration', integration: 'code', threshold: 'low', by: 'format' }]);
  });
});
