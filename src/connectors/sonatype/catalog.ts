// Catalog entry for Sonatype Lifecycle (Nexus IQ Server): Basic auth, per-application policy reports at one stage.
import type { CatalogEntry } from '../../catalog/types.js';

export const sonatypeEntry: CatalogEntry = {
  type: 'sonatype',
  displayName: 'Sonatype Lifecycle',
  category: 'sca',
  archetype: 'pull_only',
  description: 'Sonatype Lifecycle (Nexus IQ Server) policy violations, SBOMs and dependency trees pulled per application.',
  capabilities: ['pull_results', 'sbom_export', 'dependency_graph', 'webhooks_inbound', 'connection_test'],
  // Sonatype's bands are 8-10 High, 4-7 Medium, 2-3 Low, 1 Informational, 0 None; shifted up one level
  // as research/vendor-apis.md suggests, so Security-Critical (10) and Security-High (9) both land on critical.
  severity: {
    description: 'policy threat level 0-10 (bands 8-10 high, 4-7 medium, 2-3 low, 1 informational, 0 none)',
    mapping: {
      '10': 'critical',
      '9': 'critical',
      '8': 'critical',
      '7': 'high',
      '6': 'high',
      '5': 'high',
      '4': 'high',
      '3': 'medium',
      '2': 'medium',
      '1': 'low',
      '0': 'info',
    },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://iq.acme.com:8070',
      description: 'Root URL of the IQ Server, including any port or context path (self-hosted servers listen on 8070 by default).',
    },
    {
      name: 'username',
      kind: 'string',
      required: true,
      example: 'svc-secwire',
      description: 'IQ Server username, or the user code of a user token (recommended), sent with HTTP Basic auth.',
    },
    {
      name: 'password',
      kind: 'secret',
      required: true,
      description: 'Password of that user, or the passcode of the user token.',
    },
  ],
  config: [
    {
      name: 'application_ids',
      kind: 'string_list',
      required: false,
      example: ['payments-service'],
      description: 'Public IDs of the applications whose reports are pulled; empty pulls every application the user can view.',
    },
    {
      name: 'stage',
      kind: 'enum',
      required: false,
      default: 'build',
      enum: ['develop', 'source', 'build', 'stage-release', 'release', 'operate'],
      description: 'Policy evaluation stage whose latest report is pulled and exported as SBOM.',
    },
  ],
};
