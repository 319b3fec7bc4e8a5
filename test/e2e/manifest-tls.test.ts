// A self-signed on-prem vendor: refused by default, accepted with the manifest's tls.ca_file, and accepted with a
// warning under tls.insecure_skip_verify; a client certificate from tls.client_cert_file/client_key_file is presented.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiraFake } from '../conformance/fakes/jira.js';
import { startFakeServer, type FakeServer } from '../fakes/fake-server.js';
import { testPki } from '../fakes/test-pki.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/secwire.js');
const run = promisify(execFile);

async function secwire(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', JIRA_TLS_TOKEN: jiraFake.secrets['auth.api_token']! } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the manifest tls block', () => {
  let dir: string;
  let server: FakeServer;
  const pki = testPki();
  const manifest = (tls: string) => `apiVersion: secwire/v1
kind: Integration
metadata: { name: jira-onprem }
spec:
  type: jira
  auth: { base_url: "${server.url}", email: secwire-bot@example.net, api_token: { env: JIRA_TLS_TOKEN } }
  config: { project_key: SEC }
  ticketing: { defaults: { Team: AppSec } }
${tls}`;

  beforeAll(async () => {
    server = await startFakeServer({ routes: jiraFake.routes(), tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert, requestCert: true } });
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-tls-'));
    writeFileSync(path.join(dir, 'ca.pem'), pki.caCert);
    writeFileSync(path.join(dir, 'client.pem'), pki.clientCert);
    writeFileSync(path.join(dir, 'client.key'), pki.clientKey);
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests: [m.yaml]\n');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the self-signed certificate without a CA', async () => {
    writeFileSync(path.join(dir, 'm.yaml'), manifest(''));
    const result = await secwire(dir, ['test', 'jira-onprem']);
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/certificate|TLS/i);
  });

  it('connects with tls.ca_file and presents the client certificate', async () => {
    writeFileSync(path.join(dir, 'm.yaml'), manifest('  tls: { ca_file: ca.pem, client_cert_file: client.pem, client_key_file: client.key }\n'));
    expect((await secwire(dir, ['validate'])).code).toBe(0);
    const result = await secwire(dir, ['test', 'jira-onprem']);
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
    expect(server.requests.at(-1)?.clientCert).toBeTruthy();
  });

  it('connects with insecure_skip_verify, and warns', async () => {
    writeFileSync(path.join(dir, 'm.yaml'), manifest('  tls: { insecure_skip_verify: true, client_cert_file: client.pem, client_key_file: client.key }\n'));
    const result = await secwire(dir, ['test', 'jira-onprem']);
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/insecure|not verif/i);
  });

  it('rejects tls on a type that talks to nothing', async () => {
    writeFileSync(path.join(dir, 'm.yaml'), 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: n }\nspec: { type: nmap, tls: { insecure_skip_verify: true } }\n');
    const result = await secwire(dir, ['validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown field `tls`');
  });
});
