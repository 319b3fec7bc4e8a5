// Catalog entry for Fortify Software Security Center: SSC URL with context path, FortifyToken, per-version issues.
import type { CatalogEntry } from '../../catalog/types.js';

export const fortifyEntry: CatalogEntry = {
  type: 'fortify',
  displayName: 'Fortify Software Security Center',
  category: 'sast',
  archetype: 'pull_only',
  description: 'Fortify SSC issues pulled per application version through the SSC REST API (api/v1) with a FortifyToken.',
  capabilities: ['pull_results', 'connection_test'],
  severity: {
    description: 'Fortify Priority Order (friority) Critical, High, Medium, Low',
    mapping: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://fortify.acme.com/ssc',
      description: 'SSC URL including its context path (conventionally /ssc), without /api/v1.',
    },
    {
      name: 'token',
      kind: 'secret',
      required: true,
      description: 'SSC authentication token (e.g. a CIToken or UnifiedLoginToken), sent as Authorization: FortifyToken <token>.',
    },
  ],
  config: [
    {
      name: 'project_version_ids',
      kind: 'string_list',
      required: false,
      pattern: '^[0-9]+$',
      example: ['10042'],
      description: 'Numeric application version IDs (projectVersions in the API) to pull; empty pulls every version the token can read.',
    },
  ],
};
