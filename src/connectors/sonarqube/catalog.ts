// Catalog entry for SonarQube Server and SonarQube Cloud: token, deployment and organization, issue severities (standard and MQR).
import type { CatalogEntry } from '../../catalog/types.js';

export const sonarqubeEntry: CatalogEntry = {
  type: 'sonarqube',
  displayName: 'SonarQube',
  category: 'sast',
  archetype: 'scanner',
  description: 'SonarQube Server or SonarQube Cloud: pulls issues and security hotspots of analyses that CI submitted, via the Web API with a token.',
  // SonarQube cannot start an analysis over its API (sonar-scanner runs in CI), hence no remote_scans.
  capabilities: ['pull_results', 'connection_test'],
  severity: {
    description: 'standard-mode severity BLOCKER/CRITICAL/MAJOR/MINOR/INFO, or MQR impact severity BLOCKER/HIGH/MEDIUM/LOW/INFO (hotspots HIGH/MEDIUM/LOW)',
    mapping: {
      blocker: 'critical',
      critical: 'high',
      major: 'medium',
      minor: 'low',
      info: 'info',
      high: 'high',
      medium: 'medium',
      low: 'low',
    },
  },
  destinationField: 'auth.base_url',
  auth: [
    {
      name: 'base_url',
      kind: 'url',
      required: true,
      example: 'https://sonarqube.example.com',
      description: 'SonarQube Server URL including any context path, or https://sonarcloud.io (EU) / https://sonarqube.us (US) for SonarQube Cloud.',
    },
    {
      name: 'token',
      kind: 'secret',
      required: true,
      description: 'User token of an account that can browse the projects, sent as Authorization: Bearer (Server 10.0+ and Cloud) or as the Basic user name on older servers.',
    },
  ],
  config: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'server',
      enum: ['server', 'cloud'],
      description: 'Self-managed SonarQube Server (server) or SonarQube Cloud (cloud), whose API calls need an organization.',
    },
    {
      name: 'organization',
      kind: 'string',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      example: 'acme',
      description: 'SonarQube Cloud organization key sent with every API call (cloud).',
    },
    {
      name: 'project_keys',
      kind: 'string_list',
      required: false,
      example: ['acme_payments', 'acme_web'],
      description: 'Project keys whose issues secwire pulls; all projects the token can browse when unset.',
    },
  ],
  docsUrl: 'https://docs.sonarsource.com/sonarqube-server/10.2/extension-guide/web-api/',
};
