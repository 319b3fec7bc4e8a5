// A second, independent validator: ajv in strict mode over the published schema files read from disk
// (not the in-memory schema, not the precompiled validator) must accept every example and reject bad documents.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const newAjv = () => new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });

function documentsOf(dir: string): [string, Record<string, unknown>][] {
  return readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const out: [string, Record<string, unknown>][] = [];
      parseAllDocuments(readFileSync(path.join(root, dir, file), 'utf8')).forEach((doc, i) => {
        const value = doc.toJS() as Record<string, unknown> | null;
        if (value !== null) out.push([`${dir}/${file}#${i + 1}`, value]); // empty documents are skipped, as secwire does
      });
      return out;
    });
}

const manifestSchema = readJson('schemas/manifest.schema.json');
const validate = newAjv().compile(manifestSchema);
const examples = documentsOf('examples');
const validFixtures = documentsOf('test/fixtures/valid');

const base = (spec: Record<string, unknown>, name = 'a-name') => ({ apiVersion: 'secwire/v1', kind: 'Integration', metadata: { name }, spec });
const jiraAuth = { base_url: 'https://acme.atlassian.net', email: 'bot@acme.com', api_token: { env: 'JIRA_TOKEN' } };

describe('published manifest schema, checked by a fresh strict ajv', () => {
  it('compiles in strict mode with its draft 2020-12 $schema and $id', () => {
    expect(manifestSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(manifestSchema.$id).toBe('https://secwire.dev/schemas/manifest.schema.json');
    expect(typeof validate).toBe('function');
  });

  it('sees the example documents', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...examples, ...validFixtures])('accepts %s', (_name, doc) => {
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const rejected: [string, unknown][] = [
    ['an unknown type', base({ type: 'jria' })],
    ['a plaintext secret', base({ type: 'jira', auth: { ...jiraAuth, api_token: 'hunter2' }, config: { project_key: 'SEC' } })],
    ['an empty sealed placeholder', base({ type: 'jira', auth: { ...jiraAuth, api_token: { sealed: '' } }, config: { project_key: 'SEC' } })],
    ['an unknown auth field', base({ type: 'jira', auth: { ...jiraAuth, api_tokn: { env: 'X' } }, config: { project_key: 'SEC' } })],
    ['Jira Data Center without pat', base({ type: 'jira', auth: { deployment: 'datacenter', base_url: 'https://jira.example.com' }, config: { project_key: 'SEC' } })],
    ['ticketing on a scanner', base({ type: 'nmap', ticketing: {} })],
    ['ci on an itsm integration', base({ type: 'jira', auth: jiraAuth, config: { project_key: 'SEC' }, ci: {} })],
    ['import_severity_threshold on an asset source', base({ type: 'github', auth: { token: { env: 'T' } }, config: { owner: 'acme' }, import_severity_threshold: 'high' })],
    ['auth on a file-only type', base({ type: 'nmap', auth: {} })],
    ['a bad apiVersion', { ...base({ type: 'nmap' }), apiVersion: 'secwire/v2' }],
    ['a bad kind', { ...base({ type: 'nmap' }), kind: 'Integrations' }],
    ['a bad metadata.name', base({ type: 'nmap' }, 'Not_A_Label')],
    ['a wrong type', base({ type: 'nmap', enabled: 'yes' })],
    ['a non-http URL', base({ type: 'burp', auth: { base_url: 'ftp://burp.example.com', api_key: { env: 'K' } } })],
    ['an invalid severity', base({ type: 'nmap', import_severity_threshold: 'severe' })],
    ['a list instead of a document', [base({ type: 'nmap' })]],
  ];

  it.each(rejected)('rejects %s', (_name, doc) => {
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });
});

describe('published connector schemas', () => {
  const files = readdirSync(path.join(root, 'schemas', 'connectors')).filter((f) => f.endsWith('.schema.json')).sort();

  it('exist for 30 types', () => {
    expect(files).toHaveLength(30);
  });

  it.each(files)('%s compiles in strict mode on its own and accepts only its type', (file) => {
    const type = file.replace(/\.schema\.json$/, '');
    const own = newAjv().compile(readJson(`schemas/connectors/${file}`));
    for (const [name, doc] of [...examples, ...validFixtures]) {
      const spec = doc.spec as { type?: string };
      if (spec.type === type) expect(own(doc), name).toBe(true);
      else expect(own(doc), `${name} is not ${type}`).toBe(false);
    }
  });
});

describe('published config schema', () => {
  it('compiles in strict mode and accepts secwire.config.yaml', () => {
    const check = newAjv().compile(readJson('schemas/config.schema.json'));
    expect(check(parse(readFileSync(path.join(root, 'secwire.config.yaml'), 'utf8')))).toBe(true);
    expect(check({ limits: { max_files: 0 } })).toBe(false);
    expect(check({ manifest: ['examples'] })).toBe(false);
  });
});
