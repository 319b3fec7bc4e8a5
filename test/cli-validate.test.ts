// `secwire validate [paths…] [--format text|json|github]` as a process: exit codes, output shapes, no stack traces.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, STACK_FRAME } from './helpers/cli.js';
import { compare, parseExpectations } from './helpers/expectations.js';
import type { Diagnostic } from '../src/manifest/diagnostics.js';

const fixture = (name: string) => `test/fixtures/invalid/${name}`;
const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

interface JsonReport {
  format_version: string;
  valid: boolean;
  errors: number;
  warnings: number;
  files: number;
  integrations: number;
  diagnostics: Diagnostic[];
}

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'secwire-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('secwire validate: exit codes', () => {
  it('exits 0 on the examples and says how many integrations are valid', async () => {
    const r = await runCli(['validate', 'examples']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^✓ \d+ integrations in 5 files are valid\.\n$/);
  });

  it('reads the manifests listed in secwire.config.yaml when no path is given', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('in 5 files are valid.');
  });

  it('exits 0 on the valid fixtures', async () => {
    const r = await runCli(['validate', 'test/fixtures/valid']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('exits 1 on an invalid manifest', async () => {
    expect((await runCli(['validate', fixture('unknown-type-did-you-mean.yaml')])).code).toBe(1);
  });

  it('exits 0 when there are only warnings, and still shows them', async () => {
    const r = await runCli(['validate', fixture('plain-http-warning.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${fixture('plain-http-warning.yaml')}:11:15: warning: \`spec.auth.base_url\` uses plain http`);
    expect(r.stdout).toBe('✓ 3 integrations in 1 file are valid.\n');
  });
});

describe('secwire validate --format text', () => {
  it('prints file:line:column, the message, the integration, the path and the hint', async () => {
    const file = fixture('plaintext-secret.yaml');
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${file}:15:16: error: \`auth.api_token\` holds a plaintext secret; secrets must be sealed (integration jira-prod, spec.auth.api_token)\n` +
        '  hint: run `secwire seal --integration jira-prod --field auth.api_token` and paste its output, or use { env: VARIABLE }\n\n',
    );
    expect(r.stdout).toBe('✗ 1 error in 1 file.\n');
  });

  it('never repeats a plaintext secret or URL credentials back', async () => {
    for (const format of ['text', 'json', 'github']) {
      const r = await runCli(['validate', '--format', format, fixture('plaintext-secret.yaml'), fixture('credentials-in-url.yaml')]);
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/ATATT3xFfGF0|hunter2/);
    }
  });
});

describe('secwire validate --format json', () => {
  // Several files with distinct names: every problem of every file is reported in one run.
  const files = ['unknown-field-did-you-mean.yaml', 'gate-overlap.yaml', 'invalid-branch-globs.yaml', 'yaml-unclosed-flow.yaml', 'plain-http-warning.yaml'].map(fixture);

  it('reports every problem of every file at once, with positions, names, paths, messages and hints', async () => {
    const r = await runCli(['validate', '--format', 'json', ...files]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    const expected = files.flatMap((f) => parseExpectations(f, readFileSync(path.join(projectRoot, f), 'utf8')));
    expect(compare(expected, report.diagnostics)).toEqual({ missing: [], unexpected: [] });
    expect(report).toMatchObject({
      format_version: '1',
      valid: false,
      errors: expected.filter((e) => e.severity === 'error').length,
      warnings: expected.filter((e) => e.severity === 'warning').length,
      files: 5,
    });
    const unknown = report.diagnostics.find((d) => d.code === 'unknown-field')!;
    expect(unknown).toEqual({
      severity: 'error',
      code: 'unknown-field',
      message: 'unknown field `api_tokn` in `spec.auth`; did you mean `api_token`?',
      position: { file: fixture('unknown-field-did-you-mean.yaml'), line: 17, column: 5 },
      document: 'jira-prod',
      path: 'spec.auth.api_tokn',
    });
    expect(report.diagnostics.find((d) => d.code === 'missing-field')?.hint).toBe('add `api_token` (see `secwire catalog jira`)');
  });

  it('prints valid JSON with valid: true and an empty list when all is well', async () => {
    const r = await runCli(['validate', '--format', 'json', 'examples']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report).toMatchObject({ format_version: '1', valid: true, errors: 0, warnings: 0, files: 5, diagnostics: [] });
    expect(report.integrations).toBeGreaterThanOrEqual(15);
  });
});

describe('secwire validate --format github', () => {
  it('prints one workflow annotation per problem, then the summary', async () => {
    const file = fixture('plaintext-secret.yaml');
    const r = await runCli(['validate', '--format', 'github', file, fixture('plain-http-warning.yaml')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      // Sorted by file: plain-http-warning.yaml comes before plaintext-secret.yaml.
      `::warning file=${fixture('plain-http-warning.yaml')},line=11,col=15,title=secwire insecure-url::\`spec.auth.base_url\` uses plain http: credentials would cross the network unencrypted%0Ause https`,
      `::error file=${file},line=15,col=16,title=secwire plaintext-secret::\`auth.api_token\` holds a plaintext secret; secrets must be sealed%0Arun \`secwire seal --integration jira-prod --field auth.api_token\` and paste its output, or use { env: VARIABLE }`,
      '1 error in 2 files.',
    ]);
  });

  it('escapes commas and colons in properties and newlines in messages', async () => {
    const dir = path.join(tmp, 'odd,name:dir');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'x.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: x }\nspec: { type: jria }\n');
    const r = await runCli(['validate', '--format', 'github', path.join(dir, 'x.yaml')]);
    expect(r.code).toBe(1);
    const [annotation] = r.stdout.split('\n');
    expect(annotation).toMatch(/^::error file=[^,:]*odd%2Cname%3Adir\/x\.yaml,line=4,col=15,title=secwire unknown-type::unknown type `jria`; did you mean `jira`\?%0A/);
  });

  it('prints only the summary when all is well', async () => {
    const r = await runCli(['validate', '--format', 'github', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ integrations in 5 files are valid\.\n$/);
  });
});

describe('secwire validate: user errors without stack traces', () => {
  it('a path that does not exist', async () => {
    const r = await runCli(['validate', 'no/such/dir']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/dir:1:1: error: no such file or directory: no/such/dir');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('an unknown --format', async () => {
    const r = await runCli(['validate', '--format', 'xml', 'examples']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, json, github.");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a --config file that does not exist', async () => {
    const r = await runCli(['validate', '--config', 'nope.yaml', 'examples']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: cannot read config: ENOENT/);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a 50 MB file, binary garbage and an alias bomb', async () => {
    const huge = path.join(tmp, 'huge.yaml');
    const handle = await open(huge, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'a: b\n');
    for (let i = 0; i < 50; i++) await handle.write(chunk);
    await handle.close();
    const garbage = path.join(tmp, 'garbage.yaml');
    await writeFile(garbage, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe]));
    const bomb = path.join(tmp, 'bomb.yaml');
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    await writeFile(bomb, text);
    const r = await runCli(['validate', huge, garbage, bomb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${huge}:1:1: error: file is 50.0 MiB, above the 8.0 MiB limit for a manifest`);
    expect(r.stderr).toContain(`${garbage}:1:1: error: file is not UTF-8 text (binary data?)`);
    expect(r.stderr).toContain(`${bomb}:1:1: error: document 1 expands too many YAML aliases (more than 100)`);
    expect(r.stdout).toBe('✗ 3 errors in 3 files.\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('other entry points', () => {
  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('validate --help describes the exit codes and formats', async () => {
    const r = await runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' '); // commander wraps lines to the terminal width
    expect(help).toContain('exit 0 valid, 1 invalid');
    expect(help).toContain('"text", "json", "github"');
  });

  it('`secwire schema --out DIR` writes exactly the committed schemas', async () => {
    const out = path.join(tmp, 'schemas');
    const r = await runCli(['schema', '--out', out]);
    expect(r.code).toBe(0);
    for (const name of ['manifest.schema.json', 'config.schema.json', 'connectors/jira.schema.json', 'connectors/nmap.schema.json']) {
      expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(projectRoot, 'schemas', name), 'utf8'));
    }
  });
});
