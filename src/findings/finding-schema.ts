// JSON Schema (draft 2020-12) of one normalized finding; finding.generated.ts is generated from it.
import { SEVERITY_LEVELS, SUPPORTED_FORMATS } from './formats.js';

export const FINDING_SCHEMA_ID = 'https://secwire.dev/schemas/finding.json';

export const findingSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: FINDING_SCHEMA_ID,
  title: 'Finding',
  description: 'One normalized security finding, parsed from a scanner output file.',
  type: 'object',
  additionalProperties: false,
  required: ['fingerprint', 'format', 'tool', 'rule_id', 'title', 'severity', 'native_severity'],
  properties: {
    fingerprint: {
      description:
        'Stable identity: sha256 hex of the format id plus the tool\'s own fingerprint, or of rule id, location and snippet.',
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
    },
    format: {
      description: 'File format the finding was parsed from.',
      type: 'string',
      enum: [...SUPPORTED_FORMATS],
    },
    tool: {
      description: 'Tool name as the file states it (SARIF driver name, nmap scanner attribute), else the format id.',
      type: 'string',
      minLength: 1,
    },
    tool_version: { description: 'Tool version when the file states it.', type: 'string' },
    rule_id: {
      description: 'The tool\'s rule, plugin or template id.',
      type: 'string',
      minLength: 1,
    },
    title: { description: 'Short human title.', type: 'string' },
    description: { description: 'Longer text: the result message, plugin description or template description.', type: 'string' },
    severity: {
      description: 'Normalized severity.',
      type: 'string',
      enum: [...SEVERITY_LEVELS],
    },
    native_severity: {
      description: 'The tool\'s own severity value, unchanged (SARIF level or security-severity, Nessus 0-4, Nuclei word).',
      type: 'string',
    },
    cwe: {
      description: 'CWE ids such as "CWE-79".',
      type: 'array',
      items: { type: 'string', pattern: '^CWE-[0-9]+$' },
      uniqueItems: true,
    },
    cve: {
      description: 'CVE ids such as "CVE-2021-44228".',
      type: 'array',
      items: { type: 'string', pattern: '^CVE-[0-9]{4}-[0-9]{4,}$' },
      uniqueItems: true,
    },
    location: {
      title: 'FindingLocation',
      description: 'Where in source code the finding is (SAST, SCA, IaC).',
      type: 'object',
      additionalProperties: false,
      required: ['file'],
      properties: {
        file: { description: 'Path or URI as the tool wrote it.', type: 'string' },
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        end_line: { type: 'integer', minimum: 1 },
      },
    },
    asset: {
      title: 'FindingAsset',
      description: 'The host or service the finding is on (network and web scanners).',
      type: 'object',
      additionalProperties: false,
      properties: {
        ip: { type: 'string' },
        hostname: { type: 'string' },
        port: { type: 'integer', minimum: 0, maximum: 65535 },
        protocol: { description: 'Lower-case transport protocol: tcp, udp, sctp, icmp.', type: 'string' },
        external_id: { description: 'The tool\'s own host or target name (Nessus ReportHost, Nuclei host).', type: 'string' },
      },
    },
    raw: {
      description: 'A few tool-specific fields worth keeping (small; never whole requests or responses).',
      type: 'object',
      additionalProperties: true,
    },
  },
} as const;
