// The JSON plan validates against schemas/plan.schema.json (read from disk, strict Ajv 2020) in every situation a
// plan can describe: create, no-op, update with loosening, secrets changed, delete, protected delete, drift,
// unmanaged records, and the `plan` member of a saved plan file. Invalid plans are rejected.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJsonSchema } from '../src/engine/plan-json-schema.js';
import { PLAN_FORMAT_VERSION } from '../src/engine/render-json.js';
import { openStore } from '../src/state/open-store.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/secwire.js');
const exec = promisify(execFile);

interface Result { code: number; stdout: string; stderr: string }

async function secwire(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const child = exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  child.child.stdin!.end(input ?? '');
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonPlan {
  format_version: string;
  applyable: boolean;
  blockers: string[];
  summary: Record<string, number>;
  resource_changes: { name: string; action: string; posture: string; drift: boolean; blocked?: string; fields: Record<string, unknown>[] }[];
  unmanaged: string[];
}

/** Removes the document named `name` from a multi-document manifest. */
function withoutDocument(text: string, name: string): string {
  const docs = text.split(/^---\n/m);
  const kept = docs.filter((d) => !new RegExp(`^  name: ${name}$`, 'm').test(d));
  expect(kept.length, `a document named ${name}`).toBe(docs.length - 1);
  return kept.join('---\n');
}

describe('the JSON plan format', () => {
  let dir: string;
  let validate: ValidateFunction;
  const file = (p: string) => path.join(dir, p);

  async function planJson(args: string[] = []): Promise<JsonPlan> {
    const result = await secwire(dir, ['plan', '--json', ...args]);
    expect(result.stderr, 'plan --json writes nothing to stderr').toBe('');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as JsonPlan;
    const ok = validate(plan);
    expect(ok ? [] : validate.errors, 'the plan validates against schemas/plan.schema.json').toEqual([]);
    return plan;
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secwire-plan-json-'));
    for (const item of ['examples', 'secwire.config.yaml']) cpSync(path.join(root, item), file(item), { recursive: true });
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/plan.schema.json'), 'utf8')) as Record<string, unknown>;
    validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the schema generated from src/engine/plan-json-schema.ts, for the current format version', () => {
    const onDisk = JSON.parse(readFileSync(path.join(root, 'schemas/plan.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(planJsonSchema)));
    expect(onDisk.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(onDisk.$id).toBe('https://secwire.dev/schemas/plan.schema.json');
    expect(validate({ ...minimalPlan(), format_version: PLAN_FORMAT_VERSION })).toBe(true);
  });

  it('validates a plan of creates, then a plan of no-ops after apply', async () => {
    const create = await planJson();
    expect(create.summary.add).toBe(15);
    expect(create.resource_changes.every((c) => c.action === 'create')).toBe(true);
    const secretFields = create.resource_changes.flatMap((c) => c.fields).filter((f) => String(f.path).startsWith('secrets.'));
    expect(secretFields.length).toBeGreaterThan(0);
    for (const f of secretFields) expect(Object.keys(f).sort()).toEqual(['path', 'posture', 'sensitive']);

    const apply = await secwire(dir, ['apply', '--auto-approve', '--skip-connection-tests']);
    expect(apply.code, apply.stderr).toBe(0);
    const noop = await planJson();
    expect(noop.summary).toMatchObject({ add: 0, change: 0, destroy: 0, unchanged: 15 });
    expect(noop.resource_changes.every((c) => c.action === 'no-op' && c.fields.length === 0)).toBe(true);
  });

  it('validates updates that loosen posture and change secrets, deletes, drift and unmanaged records', async () => {
    // Update with loosening.
    const ci = readFileSync(file('examples/ci.yaml'), 'utf8');
    writeFileSync(file('examples/ci.yaml'), ci.replace('block: [critical, high]', 'block: [critical]'));
    // Secrets: a new sealed value, a sealed value replaced by an env reference, a secret newly declared.
    const sealed = await secwire(dir, ['seal', '--integration', 'jira-prod', '--field', 'auth.api_token', '--write', 'examples/itsm.yaml'], 'a-new-jira-token');
    expect(sealed.code, sealed.stderr).toBe(0);
    const itsm = readFileSync(file('examples/itsm.yaml'), 'utf8');
    writeFileSync(file('examples/itsm.yaml'), itsm.replace(/password: \{ sealed: "[^"]+" \}/, 'password: { env: SN_PASSWORD }')
      .replace('    email: secops-bot@northwind.example\n', '    email: secops-bot@northwind.example\n    pat: { env: JIRA_PAT }\n'));
    // A managed record no longer declared: deleted.
    const files = readFileSync(file('examples/file-imports.yaml'), 'utf8');
    writeFileSync(file('examples/file-imports.yaml'), withoutDocument(files, 'nmap-discovery'));
    // Drift: the hub's copy changed outside secwire; and an unmanaged record nobody declares.
    const store = await openStore(`file:${file('.secwire/hub.db')}`, { cwd: dir });
    try {
      const burp = (await store.get('burp-dast'))!;
      await store.put({ ...burp, spec: { ...burp.spec, import_severity_threshold: 'critical' } });
      const sonar = (await store.get('sonarqube'))!;
      await store.put({ ...sonar, managed: false, source_file: null });
    } finally {
      await store.close();
    }
    const scanners = readFileSync(file('examples/scanners.yaml'), 'utf8');
    writeFileSync(file('examples/scanners.yaml'), withoutDocument(scanners, 'sonarqube'));

    const plan = await planJson();
    const change = (name: string) => plan.resource_changes.find((c) => c.name === name)!;
    expect(change('github-northwind')).toMatchObject({ action: 'update', posture: 'loosening' });
    const jira = change('jira-prod').fields;
    expect(jira).toContainEqual({ path: 'secrets.auth.api_token', posture: 'neutral', sensitive: 'sensitive value changed' });
    expect(jira).toContainEqual({ path: 'secrets.auth.pat', posture: 'neutral', sensitive: 'sensitive' });
    expect(change('servicenow-itops').fields).toContainEqual({ path: 'secrets.auth.password', posture: 'neutral', sensitive: 'sensitive value changed' });
    expect(change('nmap-discovery')).toMatchObject({ action: 'delete', fields: [] });
    expect(change('burp-dast')).toMatchObject({ action: 'update', drift: true });
    expect(plan.unmanaged).toEqual(['sonarqube']);
    expect(plan.summary).toMatchObject({ destroy: 1, unmanaged: 1, loosening: 1 });
    expect(plan.resource_changes.some((c) => c.name === 'sonarqube')).toBe(false);
    expect(plan.applyable).toBe(true);

    // A protected delete: not applyable, with a blocker.
    writeFileSync(file('examples/itsm.yaml'), withoutDocument(readFileSync(file('examples/itsm.yaml'), 'utf8'), 'jira-prod'));
    const blocked = await planJson();
    expect(blocked.applyable).toBe(false);
    expect(blocked.blockers.length).toBeGreaterThan(0);
    expect(blocked.resource_changes.find((c) => c.name === 'jira-prod')).toMatchObject({ action: 'delete', posture: 'loosening' });
    expect(blocked.resource_changes.find((c) => c.name === 'jira-prod')!.blocked).toContain('protected');

    // --target limits the plan; it still validates.
    const targeted = await planJson(['--target', 'github-northwind']);
    expect(targeted.resource_changes.map((c) => c.name)).toEqual(['github-northwind']);
  });

  it("validates the saved plan file's plan member", async () => {
    const out = file('saved-plan.json');
    const result = await secwire(dir, ['plan', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as { format: string; plan: JsonPlan };
    expect(saved.format).toBe('secwire-plan/v1');
    expect(validate(saved.plan) ? [] : validate.errors).toEqual([]);
    expect(saved.plan.resource_changes.length).toBeGreaterThan(0);
  });

  it('rejects plans that break the format', async () => {
    const good = await planJson();
    const sensitiveAt = good.resource_changes.findIndex((c) => c.fields.some((f) => 'sensitive' in f));
    const valueAt = good.resource_changes.findIndex((c) => c.fields.some((f) => !('sensitive' in f)));
    expect(sensitiveAt).toBeGreaterThanOrEqual(0);
    expect(valueAt).toBeGreaterThanOrEqual(0);
    const mutate = (edit: (plan: JsonPlan & Record<string, unknown>) => void) => {
      const copy = structuredClone(good) as JsonPlan & Record<string, unknown>;
      edit(copy);
      return validate(copy);
    };
    const sensitiveField = (p: JsonPlan) => p.resource_changes[sensitiveAt]!.fields.find((f) => 'sensitive' in f)!;
    const valueField = (p: JsonPlan) => p.resource_changes[valueAt]!.fields.find((f) => !('sensitive' in f))!;

    expect(mutate(() => undefined)).toBe(true);
    // A sensitive field never carries a value.
    expect(mutate((p) => void (sensitiveField(p).after = 'hunter2'))).toBe(false);
    expect(mutate((p) => void (sensitiveField(p).before = '(sensitive)'))).toBe(false);
    // A field under secrets. is always sensitive.
    expect(mutate((p) => void p.resource_changes[valueAt]!.fields.push({ path: 'secrets.auth.api_token', posture: 'neutral', after: 'hunter2' }))).toBe(false);
    // A value field says what changed.
    expect(mutate((p) => {
      const f = valueField(p);
      delete f.before;
      delete f.after;
    })).toBe(false);
    // Strict everywhere: unknown members, wrong enums, missing members, other major versions.
    expect(mutate((p) => void (p.extra = true))).toBe(false);
    expect(mutate((p) => void ((p.resource_changes[0] as Record<string, unknown>).extra = 1))).toBe(false);
    expect(mutate((p) => void ((p.summary as Record<string, unknown>).extra = 1))).toBe(false);
    expect(mutate((p) => void (p.resource_changes[0]!.action = 'replace'))).toBe(false);
    expect(mutate((p) => void (p.resource_changes[0]!.posture = 'better'))).toBe(false);
    expect(mutate((p) => void delete (p.summary as Record<string, unknown>).add)).toBe(false);
    expect(mutate((p) => void ((p.summary as Record<string, number>).add = -1))).toBe(false);
    expect(mutate((p) => void delete (p as Record<string, unknown>).unmanaged)).toBe(false);
    expect(mutate((p) => void (p.format_version = '2.0'))).toBe(false);
    expect(mutate((p) => void (p.format_version = '1.7'))).toBe(true);
    expect(mutate((p) => void ((p as Record<string, unknown>).manifests_hash = 'not-a-hash'))).toBe(false);
  });
});

function minimalPlan(): Record<string, unknown> {
  return {
    format_version: '1.0',
    complete: true,
    applyable: true,
    blockers: [],
    summary: { add: 0, change: 0, destroy: 0, unchanged: 0, unmanaged: 0, loosening: 0, tightening: 0 },
    state: { backend: null, lineage: null, serial: null },
    manifests_hash: null,
    resource_changes: [],
    unmanaged: [],
  };
}
