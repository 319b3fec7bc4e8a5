// A synthetic manifest tree: many integrations of a dozen catalog types, realistic fields, { env } secrets
// (so no key is needed), cross-references between files (auto_scan), one team folder per 20 files.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TreeShape {
  readonly files: number;
  readonly docsPerFile: number;
}

export interface Tree {
  readonly dir: string;
  readonly files: string[];
  readonly integrations: number;
  readonly bytes: number;
}

const TYPES = ['nessus', 'tenable_io', 'qualys', 'rapid7', 'burp', 'sonarqube', 'snyk', 'checkmarx_one', 'jira', 'servicenow', 'github', 'gitlab'] as const;
type Type = (typeof TYPES)[number];

const TEAMS = ['appsec', 'infra', 'platform', 'payments', 'mobile', 'data', 'identity', 'edge'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

const nameOf = (type: Type, file: number, doc: number) => `${type.replace(/_/g, '-')}-${file}-${doc}`;
const env = (type: Type, field: string, file: number) => `{ env: ${type.toUpperCase()}_${field.toUpperCase()}_${file % 20} }`;

function header(name: string, file: number, doc: number): string {
  const team = TEAMS[(file + doc) % TEAMS.length];
  return `apiVersion: secwire/v1\nkind: Integration\nmetadata:\n  name: ${name}\n  labels: { team: ${team}, tier: "${(doc % 3) + 1}" }\n`;
}

function spec(type: Type, file: number, doc: number, refs: { sast: string; sca: string }): string {
  const host = `${type.replace(/_/g, '-')}-${file}-${doc}.corp.example`;
  const threshold = SEVERITIES[(file + doc) % 4];
  switch (type) {
    case 'nessus':
      return `spec:\n  type: nessus\n  auth:\n    base_url: https://${host}:8834\n    access_key: ${env(type, 'access_key', file)}\n    secret_key: ${env(type, 'secret_key', file)}\n  config:\n    folder_id: ${(doc % 9) + 1}\n  import_severity_threshold: ${threshold}\n`;
    case 'tenable_io':
      return `spec:\n  type: tenable_io\n  auth:\n    access_key: ${env(type, 'access_key', file)}\n    secret_key: ${env(type, 'secret_key', file)}\n  config: { folder_id: ${(doc % 5) + 1} }\n  import_severity_threshold: ${threshold}\n`;
    case 'qualys':
      return `spec:\n  type: qualys\n  auth:\n    base_url: https://qualysapi.qg${(file % 3) + 1}.apps.qualys.com\n    username: svc-secwire-${file}\n    password: ${env(type, 'password', file)}\n  config:\n    option_profile_id: ${100000 + doc}\n    scanner_appliance: dc${file % 4}_scanner\n  import_severity_threshold: ${threshold}\n`;
    case 'rapid7':
      return `spec:\n  type: rapid7\n  enabled: ${doc % 7 !== 0}\n  auth:\n    deployment: console\n    base_url: https://${host}:3780\n    username: secwire\n    password: ${env(type, 'password', file)}\n  config: { site_id: ${(doc % 40) + 1} }\n  import_severity_threshold: ${threshold}\n`;
    case 'burp':
      return `spec:\n  type: burp\n  auth:\n    base_url: https://${host}\n    api_key: ${env(type, 'api_key', file)}\n  config:\n    site_id: "${doc + 1}"\n  import_severity_threshold: ${threshold}\n`;
    case 'sonarqube':
      return `spec:\n  type: sonarqube\n  auth:\n    base_url: https://${host}\n    token: ${env(type, 'token', file)}\n  config:\n    project_keys: [svc_${file}_${doc}_api, svc_${file}_${doc}_web]\n  import_severity_threshold: ${threshold}\n`;
    case 'snyk':
      return `spec:\n  type: snyk\n  auth:\n    token: ${env(type, 'token', file)}\n  config:\n    org_id: ${uuid(file, doc)}\n  import_severity_threshold: ${threshold}\n`;
    case 'checkmarx_one':
      return `spec:\n  type: checkmarx_one\n  auth:\n    base_url: https://eu.ast.checkmarx.net\n    tenant: tenant-${file}\n    api_key: ${env(type, 'api_key', file)}\n  config:\n    project_ids: [${uuid(file + 1000, doc)}]\n  import_severity_threshold: ${threshold}\n`;
    case 'jira':
      return `spec:\n  type: jira\n  auth:\n    base_url: https://team${file}.atlassian.net\n    email: secops-bot-${file}@corp.example\n    api_token: ${env(type, 'api_token', file)}\n  config:\n    project_key: SEC${file % 100}\n    issue_type: Bug\n    labels: [secwire, team-${file % 8}]\n  ticketing:\n    auto_close_on_resolve: ${doc % 2 === 0}\n    mappings:\n      priority: { critical: Highest, high: High, medium: Medium, low: Low, info: Lowest }\n      status: { open: To Do, in_progress: In Progress, resolved: Done }\n`;
    case 'servicenow':
      return `spec:\n  type: servicenow\n  auth:\n    instance_url: https://corp${file}.service-now.com\n    username: svc.secwire\n    password: ${env(type, 'password', file)}\n  config:\n    table: incident\n    assignment_group: Security Team ${file % 12}\n  ticketing:\n    mappings:\n      priority: { critical: "1", high: "2", medium: "3", low: "4", info: "5" }\n      status: { open: New, in_progress: In Progress, resolved: Resolved, closed: Closed }\n`;
    case 'github':
      return `spec:\n  type: github\n  auth:\n    token: ${env(type, 'token', file)}\n  config:\n    owner: corp-${file}\n    repositories: [service-${doc}, web-${doc}]\n  ci:\n    branches: [main, "release/*"]\n    gate: { block: [critical, high], warn: [medium] }\n    auto_scan: [${refs.sast}, ${refs.sca}]\n    pr_comment: true\n`;
    case 'gitlab':
      return `spec:\n  type: gitlab\n  auth:\n    base_url: https://gitlab.corp.example\n    token: ${env(type, 'token', file)}\n  config:\n    group: corp/team-${file}\n  ci:\n    branches: [main]\n    gate: { block: [critical], warn: [high, medium] }\n    auto_scan: [${refs.sca}]\n`;
  }
}

function uuid(a: number, b: number): string {
  const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
  return `${hex(a * 7919 + b, 8)}-${hex(a, 4)}-4${hex(b, 3)}-8${hex(a + b, 3)}-${hex(a * 31 + b * 17, 12)}`;
}

/** Writes the tree under `dir` and returns its files; the layout is deterministic for a given shape. */
export async function writeSyntheticTree(dir: string, shape: TreeShape): Promise<Tree> {
  const files: string[] = [];
  let bytes = 0;
  for (let f = 0; f < shape.files; f++) {
    const types = Array.from({ length: shape.docsPerFile }, (_, d) => TYPES[(f * shape.docsPerFile + d) % TYPES.length]!);
    // CI integrations scan sast/sca integrations of the previous file: references cross files.
    const prev = (f + shape.files - 1) % shape.files;
    const prevTypes = Array.from({ length: shape.docsPerFile }, (_, d) => TYPES[(prev * shape.docsPerFile + d) % TYPES.length]!);
    const refs = { sast: nameOf('checkmarx_one', prev, prevTypes.indexOf('checkmarx_one')), sca: nameOf('snyk', prev, prevTypes.indexOf('snyk')) };
    const docs = types.map((type, d) => `${header(nameOf(type, f, d), f, d)}${spec(type, f, d, refs)}`);
    const text = `# yaml-language-server: $schema=../schemas/manifest.schema.json\n# Synthetic manifests for the benchmark: file ${f}.\n${docs.join('---\n')}`;
    const file = path.join(dir, `team-${Math.floor(f / 20)}`, `integrations-${String(f).padStart(3, '0')}.yaml`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, integrations: shape.files * shape.docsPerFile, bytes };
}
