// libsodium is loaded once, and only by commands that need crypto. The CLI runs under `node --import` of a preload
// that registers module hooks; they log every resolution and load of a libsodium module to a file.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const exec = promisify(execFile);

const PRELOAD = `import { register } from 'node:module';
register('./sodium-hooks.mjs', import.meta.url, { data: { log: process.env.SODIUM_PROBE_LOG } });
`;

// Runs on the loader thread: appends one line per libsodium resolution ("resolve …") and evaluation ("load …").
const HOOKS = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data?.log; }
const watched = (url) => /\\/node_modules\\/libsodium(-wrappers)?\\//.test(url);
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (log && watched(result.url)) appendFileSync(log, 'resolve ' + specifier + ' ' + result.url + '\\n');
  return result;
}
export async function load(url, context, next) {
  if (log && watched(url)) appendFileSync(log, 'load ' + url + '\\n');
  return next(url, context);
}
`;

const ENV_ONLY = `apiVersion: secwire/v1
kind: Integration
metadata: { name: jira-prod }
spec:
  type: jira
  auth:
    base_url: https://acme.atlassian.net
    email: bot@acme.example
    api_token: { env: JIRA_TOKEN }
  config: { project_key: SEC }
`;

interface Probe {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Log lines about libsodium modules. */
  readonly lines: string[];
}

describe('libsodium loading', () => {
  let dir: string;
  let run = 0;
  const file = (p: string) => path.join(dir, p);

  async function probe(args: string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<Probe> {
    const log = file(`probe-${++run}.log`);
    writeFileSync(log, '');
    const child = exec(process.execPath, ['--import', pathToFileURL(file('hooks/preload.mjs')).href, bin, ...args], {
      cwd: file('repo'),
      env: { ...process.env, NO_COLOR: '1', SECWIRE_PRIVATE_KEY: '', SECWIRE_HUB_KEY: '', SODIUM_PROBE_LOG: log, ...env },
    });
    child.child.stdin!.end(input);
    let result: { code: number; stdout: string; stderr: string };
    try {
      const { stdout, stderr } = await child;
      result = { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      result = { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
    return { ...result, lines: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }

  const loadsOf = (p: Probe, pkg: string) => p.lines.filter((l) => l.startsWith('load ') && l.includes(`/node_modules/${pkg}/`));

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-lazy-sodium-'));
    mkdirSync(file('hooks'));
    writeFileSync(file('hooks/preload.mjs'), PRELOAD);
    writeFileSync(file('hooks/sodium-hooks.mjs'), HOOKS);
    mkdirSync(file('repo/manifests'), { recursive: true });
    writeFileSync(file('repo/secwire.config.yaml'), 'manifests: [manifests]\n');
    writeFileSync(file('repo/manifests/hub.yaml'), ENV_ONLY);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate, plan, catalog and schema of env-only manifests, with no keys around, never load it', async () => {
    for (const args of [['validate'], ['validate', '--format', 'json'], ['plan'], ['catalog', 'jira'], ['schema', '--out', file('schemas-out')]]) {
      const result = await probe(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.lines, `secwire ${args.join(' ')} loaded libsodium`).toEqual([]);
    }
  });

  it('keygen loads it once, and validate still does not once keys exist', async () => {
    const keygen = await probe(['keygen']);
    expect(keygen.code, keygen.stderr).toBe(0);
    expect(loadsOf(keygen, 'libsodium-wrappers')).toHaveLength(1);
    expect((await probe(['validate'])).lines).toEqual([]);
  });

  it('seal loads it once; validate of the sealed manifest still does not (headers are read without a key)', async () => {
    const seal = await probe(['seal', '--integration', 'jira-prod', '--field', 'auth.api_token'], 'a-jira-token');
    expect(seal.code, seal.stderr).toBe(0);
    expect(seal.stdout).toMatch(/^\{ sealed: "sw1:/);
    expect(loadsOf(seal, 'libsodium-wrappers')).toHaveLength(1);
    expect(seal.lines.filter((l) => l.startsWith('resolve ') && l.includes('libsodium-wrappers'))).toHaveLength(1);

    writeFileSync(file('sealed.yaml'), ENV_ONLY.replace('{ env: JIRA_TOKEN }', seal.stdout.trim()));
    const validate = await probe(['validate', file('sealed.yaml')]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.lines).toEqual([]);
  });

  it('apply loads it once; state list and state show of the applied records never do (nothing is decrypted)', async () => {
    const apply = await probe(['apply', '--auto-approve', '--skip-connection-tests'], '', { JIRA_TOKEN: 'a-jira-token-from-env' });
    expect(apply.code, apply.stderr).toBe(0);
    expect(loadsOf(apply, 'libsodium-wrappers')).toHaveLength(1);
    for (const args of [['state', 'list'], ['state', 'show', 'jira-prod'], ['state', 'show', 'jira-prod', '--json'], ['import', 'jira-prod']]) {
      const result = await probe(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.lines, `secwire ${args.join(' ')} loaded libsodium`).toEqual([]);
    }
  });
});
