// Gate test support: findings and manifest integrations built in memory, and a made-up catalog (no vendor ids).
import type { CatalogEntry, FileFormat, Severity } from '../../src/catalog/types.js';
import type { Finding } from '../../src/findings/index.js';
import type { EntryOf } from '../../src/gate/index.js';
import type { IntegrationDocument } from '../../src/manifest/generated/manifest-types.js';
import type { ManifestIntegration } from '../../src/manifest/semantic-checks.js';
import { parseSource } from '../../src/manifest/source-file.js';

let counter = 0;

/** A finding with a fresh fingerprint and a file location, unless `extra` says otherwise. */
export function finding(severity: Severity, extra: Partial<Finding> = {}): Finding {
  counter++;
  return {
    fingerprint: `fp-${counter}`,
    format: 'sarif',
    tool: 'tool',
    rule_id: `rule-${counter}`,
    title: `title ${counter}`,
    severity,
    native_severity: severity,
    location: { file: `src/file-${counter}.ts`, line: counter },
    ...extra,
  };
}

const FAKE: Record<string, Pick<CatalogEntry, 'archetype' | 'fileFormats'>> = {
  'repo-host': { archetype: 'asset_source' },
  'code-scanner': { archetype: 'scanner', fileFormats: ['sarif'] },
  'net-scanner': { archetype: 'scanner', fileFormats: ['nmap_xml', 'nessus_xml'] },
  'sca-platform': { archetype: 'pull_only' },
  tracker: { archetype: 'itsm' },
};
export const fakeEntryOf: EntryOf = (type) => FAKE[type];

/** Parses YAML documents into manifest integrations (no schema check: the tests write valid documents). */
export function integrations(yaml: string, file = 'manifests/ci.yaml'): ManifestIntegration[] {
  return parseSource(file, yaml).documents.map((source) => ({ source, document: source.doc.toJS() as IntegrationDocument }));
}

/** One integration document; `spec` is extra YAML under spec, indented by two spaces. */
export function doc(name: string, type: string, spec = ''): string {
  return `apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: ${name} }\nspec:\n  type: ${type}\n${spec}`;
}

export const many = (...docs: string[]) => docs.join('---\n');

export type { FileFormat };
