// Catalog entry for SARIF 2.1.0 files from any static analysis tool: file import only, result level severities.
import type { CatalogEntry } from '../../catalog/types.js';

export const sarifEntry: CatalogEntry = {
  type: 'sarif',
  displayName: 'SARIF (any SAST tool)',
  category: 'sast',
  archetype: 'scanner',
  description: 'Imports SARIF 2.1.0 result files written by any analysis tool (CodeQL, Semgrep, Trivy, Bandit, gitleaks, …); there is no server to connect to.',
  capabilities: ['file_import'],
  fileFormats: ['sarif'],
  // A rule's CVSS-style properties.security-severity, when present, is applied by the SARIF parser, not here.
  severity: {
    description: 'result level error / warning / note / none (a missing level falls back to the rule default, then warning)',
    mapping: { error: 'high', warning: 'medium', note: 'low', none: 'info' },
  },
  auth: [],
  config: [],
  docsUrl: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html',
};
