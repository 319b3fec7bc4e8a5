// Catalog entry for Prisma Cloud: regional CSPM API host plus optional Compute console, access key pair.
import type { CatalogEntry } from '../../catalog/types.js';

export const prismaCloudEntry: CatalogEntry = {
  type: 'prisma_cloud',
  displayName: 'Prisma Cloud',
  category: 'container',
  archetype: 'pull_only',
  description: 'Prisma Cloud CSPM alerts and, with a Compute console URL, container image and host vulnerabilities.',
  capabilities: ['pull_results', 'webhooks_inbound', 'connection_test'],
  // CSPM policy severities are the first five; Compute passes vulnerability severity through as text and
  // distro feeds may yield important/moderate/negligible (unconfirmed, mapped so they are never dropped).
  severity: {
    description: 'CSPM policy severity critical, high, medium, low, informational; Compute vulnerability severity critical, high, medium, low',
    mapping: {
      critical: 'critical',
      high: 'high',
      important: 'high',
      medium: 'medium',
      moderate: 'medium',
      low: 'low',
      informational: 'info',
      negligible: 'info',
    },
  },
  destinationField: 'auth.api_url',
  // The credentials also go to this host when set, so a sealed value is bound to it too.
  extraDestinationFields: ['auth.compute_url'],
  auth: [
    {
      name: 'api_url',
      kind: 'url',
      required: true,
      example: 'https://api.prismacloud.io',
      description:
        'CSPM API host of the tenant: the app host with "app" replaced by "api", e.g. https://api.prismacloud.io, https://api2.prismacloud.io, https://api.eu.prismacloud.io or https://api.gov.prismacloud.io.',
    },
    {
      name: 'compute_url',
      kind: 'url',
      required: false,
      example: 'https://us-east1.cloud.twistlock.com/us-1-111111111',
      description:
        'Compute "Path to Console" (Runtime Security > System > Utilities), or https://HOST:8083 for self-hosted Compute; unset skips image and host vulnerabilities.',
    },
    {
      name: 'access_key_id',
      kind: 'secret',
      required: true,
      description: 'Access Key ID of a Prisma Cloud access key (the username of POST /login and Compute /authenticate).',
    },
    {
      name: 'secret_key',
      kind: 'secret',
      required: true,
      description: 'Secret Key of that access key (the password of POST /login and Compute /authenticate).',
    },
  ],
  config: [
    {
      name: 'cloud_account_ids',
      kind: 'string_list',
      required: false,
      example: ['123456789012'],
      description: 'Cloud account IDs whose alerts are pulled; empty pulls alerts for every account the access key can see.',
    },
  ],
  docsUrl: 'https://pan.dev/prisma-cloud/api/cspm/',
};
