// End to end: key rotation. Reseal keeps a manifest byte-identical outside the sealed values (comments, quoting,
// spacing, odd indentation, no final newline), moves every value to the new key, and the result validates and
// applies; a value sealed to a key no longer in the keyring fails, naming that key id.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSealedHeader } from '../../src/secrets/sealed-header.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const exec = promisify(execFile);
const JIRA_TOKEN = 'jira-token-RESEAL-0b7e41';
const GITHUB_TOKEN = 'ghp_RESEAL_5d1c9a7e3f';
const HUB_KEY = randomBytes(32).toString('base64');

interface Result { code: number; stdout: string; stderr: string }

const CONFIG = `# secwire settings for the reseal test
manifests:
  - manifests   # every manifest lives here
`;

// Comments everywhere, odd indentation and spacing, mixed quoting, flow and block styles, no final newline.
const MANIFEST = `# yaml-language-server: $schema=../schemas/manifest.schema.json
#   A hand-edited file: keep   every byte   of it.

apiVersion:   secwire/v1     # odd spacing after the colon
kind: "Integration"
metadata:
    name: jira-prod          # four-space indent
    labels: {team:   appsec,  env: 'prod'}
spec:
    type: jira
    auth:
        base_url: 'https://acme.atlassian.net'   # single-quoted
        email: secops-bot@acme.example
        api_token: {   sealed: ""   }   # flow map with padding
    config:
        project_key: SEC
        labels:
          - secwire        # list item comment
          - "appsec"

---   # second document
apiVersion: secwire/v1
kind: Integration
metadata: { name: github-acme }
spec:
  type: github
  auth:
    token:
      # block-style secret with a comment inside
      sealed: ''      # single-quoted empty placeholder
  config: { owner: acme }
  ci:
    branches: [ main , "release/*" ]
    gate: { block: [critical, high] }
# trailing comment, and no newline at the end of the file`;

/** The text with every sealed value replaced by a marker: what must stay byte-identical. */
function maskSealed(text: string): string {
  return text.replace(/"sw1:[^"]*"/g, '"<sealed>"');
}

function sealedValues(text: string): string[] {
  return [...text.matchAll(/"(sw1:[^"]*)"/g)].map((m) => m[1]!);
}

describe('secwire reseal after keygen --rotate', () => {
  let dir: string;
  const file = (p: string) => path.join(dir, p);
  const manifest = () => file('manifests/hub.yaml');

  async function secwire(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
    const child = exec(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', SECWIRE_PRIVATE_KEY: '', SECWIRE_HUB_KEY: '', ...env } });
    child.child.stdin!.end(input ?? '');
    try {
      const { stdout, stderr } = await child;
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  let firstKey: string;
  let secondKey: string;
  let sealedToFirst: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-reseal-'));
    mkdirSync(file('manifests'));
    writeFileSync(file('secwire.config.yaml'), CONFIG);
    writeFileSync(manifest(), MANIFEST);
    const keygen = await secwire(['keygen']);
    expect(keygen.code, keygen.stderr).toBe(0);
    firstKey = /Created key ([0-9a-f]{16})/.exec(keygen.stdout)![1]!;
    for (const [integration, field, value] of [['jira-prod', 'auth.api_token', JIRA_TOKEN], ['github-acme', 'auth.token', GITHUB_TOKEN]] as const) {
      const sealed = await secwire(['seal', '--integration', integration, '--field', field, '--write', 'manifests/hub.yaml'], value);
      expect(sealed.code, sealed.stderr).toBe(0);
    }
    sealedToFirst = readFileSync(manifest(), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seal --write filled both placeholders in place, to the first key', () => {
    expect(maskSealed(sealedToFirst)).toBe(MANIFEST.replace('{   sealed: ""   }', '{   sealed: "<sealed>"   }').replace("sealed: ''", 'sealed: "<sealed>"'));
    const values = sealedValues(sealedToFirst);
    expect(values).toHaveLength(2);
    for (const v of values) expect(readSealedHeader(v).kid).toBe(firstKey);
  });

  it('keeps the manifest byte-identical outside the sealed values, and moves every value to the new key', async () => {
    const rotated = await secwire(['keygen', '--rotate']);
    expect(rotated.code, rotated.stderr).toBe(0);
    secondKey = /Rotated to key ([0-9a-f]{16})/.exec(rotated.stdout)![1]!;
    expect(secondKey).not.toBe(firstKey);
    expect(readFileSync(file('secwire.config.yaml'), 'utf8')).toContain(`key_id: ${secondKey}`);

    // Values sealed to the old key stay valid (the old private key is still in the keyring).
    expect((await secwire(['validate'])).code).toBe(0);

    const resealed = await secwire(['reseal']);
    expect(resealed.code, resealed.stderr).toBe(0);
    expect(resealed.stdout).toContain(`Resealed 2 values to key ${secondKey}; 0 already current.`);

    const after = readFileSync(manifest(), 'utf8');
    expect(after).not.toBe(sealedToFirst);
    expect(maskSealed(after)).toBe(maskSealed(sealedToFirst));
    expect(after.endsWith('# trailing comment, and no newline at the end of the file')).toBe(true);
    const values = sealedValues(after);
    expect(values).toHaveLength(2);
    expect(values.map((v) => readSealedHeader(v).kid)).toEqual([secondKey, secondKey]);
    expect(values.map((v) => readSealedHeader(v))).toEqual(sealedValues(sealedToFirst).map((v) => ({ ...readSealedHeader(v), kid: secondKey })));
    expect(after.includes(JIRA_TOKEN) || after.includes(GITHUB_TOKEN)).toBe(false);

    const again = await secwire(['reseal']);
    expect(again.stdout).toContain(`Resealed 0 values to key ${secondKey}; 2 already current.`);
    expect(readFileSync(manifest(), 'utf8')).toBe(after);
  });

  it('the resealed manifest validates and applies, with SECWIRE_HUB_KEY and with the default hub key file', async () => {
    const valid = await secwire(['validate']);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('2 integrations in 1 file are valid.');

    const withEnv = await secwire(['apply', '--auto-approve', '--skip-connection-tests', '--backend', 'file:env-hub.db'], undefined, { SECWIRE_HUB_KEY: HUB_KEY });
    expect(withEnv.code, withEnv.stderr).toBe(0);
    expect(withEnv.stdout).toContain('Resources: 2 added, 0 changed, 0 destroyed.');

    const withFile = await secwire(['apply', '--auto-approve', '--skip-connection-tests']);
    expect(withFile.code, withFile.stderr).toBe(0);
    expect(withFile.stdout).toContain('Resources: 2 added, 0 changed, 0 destroyed.');
    expect((await secwire(['plan', '--detailed-exitcode'])).code).toBe(0);
    for (const out of [withEnv, withFile]) expect(`${out.stdout}${out.stderr}`).not.toMatch(new RegExp(`${JIRA_TOKEN}|${GITHUB_TOKEN}`));
  });

  it('a value sealed to a key removed from the keyring fails, naming the key id', async () => {
    const keyringPath = file('.secwire/secwire.key');
    const keyring = JSON.parse(readFileSync(keyringPath, 'utf8')) as { keys: { key_id: string }[] };
    expect(keyring.keys.map((k) => k.key_id)).toEqual([firstKey, secondKey]);
    writeFileSync(keyringPath, JSON.stringify({ ...keyring, keys: keyring.keys.filter((k) => k.key_id !== firstKey) }, null, 2), { mode: 0o600 });
    mkdirSync(file('old'));
    writeFileSync(file('old/hub.yaml'), sealedToFirst);

    const reseal = await secwire(['reseal', 'old']);
    expect(reseal.code).toBe(1);
    expect(reseal.stderr).toContain(`needs key id ${firstKey}, which is not in the keyring`);
    expect(reseal.stderr).toContain('2 sealed values could not be resealed');
    expect(readFileSync(file('old/hub.yaml'), 'utf8')).toBe(sealedToFirst);

    const apply = await secwire(['apply', 'old', '--auto-approve', '--skip-connection-tests', '--backend', 'file:old-hub.db']);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`needs key id ${firstKey}, which is not in the keyring`);
    expect(`${apply.stdout}${apply.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
