// End to end: a credential that also travels to an extra destination (Prisma Cloud's Compute console) is sealed for
// both hosts, so a manifest change that points the second host elsewhere is refused until the value is sealed again.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSealedHeader } from '../../src/secrets/sealed-header.js';
import { runCli } from '../helpers/cli.js';

const SECRET = 'prisma-secret-EXTRA-DEST-7e1c';

const manifestFor = (computeUrl: string) => `apiVersion: secwire/v1
kind: Integration
metadata: { name: prisma-prod }
spec:
  type: prisma_cloud
  auth:
    api_url: https://api2.prismacloud.io
    compute_url: ${computeUrl}
    access_key_id: { sealed: "" }
    secret_key: { sealed: "" }
`;

describe('a sealed value bound to an extra destination', () => {
  let dir: string;
  const manifest = () => path.join(dir, 'manifests/prisma.yaml');

  const secwire = (args: string[], input?: string) =>
    runCli(args, { cwd: dir, env: { SECWIRE_PRIVATE_KEY: '', SECWIRE_HUB_KEY: '' }, ...(input === undefined ? {} : { input }) });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-extra-dest-'));
    mkdirSync(path.join(dir, 'manifests'));
    writeFileSync(path.join(dir, 'secwire.config.yaml'), 'manifests:\n  - manifests\n');
    writeFileSync(manifest(), manifestFor('https://us-east1.cloud.twistlock.com/us-2-158254964'));
    expect((await secwire(['keygen'])).code).toBe(0);
    for (const [field, value] of [['auth.access_key_id', '7d1e0c4a-5b2f-4e8d-9a3c-0123456789ab'], ['auth.secret_key', SECRET]]) {
      const sealed = await secwire(['seal', '--integration', 'prisma-prod', '--field', field!, '--write', 'manifests/prisma.yaml'], value);
      expect(sealed.code, sealed.stderr).toBe(0);
      expect(sealed.stderr).toContain('bound to https://api2.prismacloud.io and https://us-east1.cloud.twistlock.com)');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seals for the API host and the Compute console, and validates while both stay', async () => {
    const values = [...readFileSync(manifest(), 'utf8').matchAll(/"(sw1:[^"]+)"/g)].map((m) => m[1]!);
    expect(values).toHaveLength(2);
    for (const value of values) expect(readSealedHeader(value).origin).toBe('https://api2.prismacloud.io https://us-east1.cloud.twistlock.com');
    const validated = await secwire(['validate']);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
  });

  it('refuses the value once compute_url points at another host, at the value\'s line, without the secret', async () => {
    const text = readFileSync(manifest(), 'utf8').replace('https://us-east1.cloud.twistlock.com/us-2-158254964', 'https://collector.attacker.example');
    writeFileSync(manifest(), text);
    const validated = await secwire(['validate']);
    expect(validated.code).toBe(1);
    const out = validated.stdout + validated.stderr;
    expect(out).toMatch(/manifests\/prisma\.yaml:10:\d+/);
    expect(out).toContain('now points at https://api2.prismacloud.io and https://collector.attacker.example');
    expect(out).toContain('secwire seal --integration prisma-prod --field auth.secret_key');
    expect(out).not.toContain(SECRET);
  });
});
