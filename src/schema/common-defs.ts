// Schema definitions shared by every connector type: secrets, metadata, severity, and the archetype blocks.
import { SEVERITIES } from '../catalog/types.js';
import type { JsonSchema } from './field-schema.js';

/** Lower-case DNS label, as Kubernetes names. */
export const NAME_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

const severity: JsonSchema = {
  type: 'string',
  enum: [...SEVERITIES],
  description: 'Normalized severity: critical > high > medium > low > info.',
};

const severityList: JsonSchema = { type: 'array', items: { $ref: '#/$defs/severity' }, uniqueItems: true };

const stringMap: JsonSchema = { type: 'object', additionalProperties: { type: 'string' } };

export const commonDefs: Record<string, JsonSchema> = {
  severity,
  secret_ref: {
    title: 'SecretRef',
    description: 'A credential: sealed to the repository key with `secwire seal`, or read from an environment variable at apply time. Plaintext is not accepted.',
    oneOf: [
      {
        type: 'object',
        title: 'SealedSecret',
        properties: { sealed: { type: 'string', minLength: 1, description: 'Output of `secwire seal`.' } },
        required: ['sealed'],
        additionalProperties: false,
      },
      {
        type: 'object',
        title: 'EnvSecret',
        properties: { env: { type: 'string', pattern: ENV_NAME_PATTERN, description: 'Environment variable read at apply time.' } },
        required: ['env'],
        additionalProperties: false,
      },
    ],
  },
  metadata: {
    type: 'object',
    title: 'Metadata',
    properties: {
      name: {
        type: 'string',
        pattern: NAME_PATTERN,
        maxLength: 63,
        description: 'Unique name of the integration: a lower-case DNS label. Names are the identity.',
      },
      labels: { ...stringMap, description: 'Free-form labels, e.g. team: appsec.' },
      annotations: {
        ...stringMap,
        description: 'Annotations; `secwire/protect: "true"` keeps the record from being deleted.',
      },
    },
    required: ['name'],
    additionalProperties: false,
  },
  ticketing: {
    type: 'object',
    title: 'Ticketing',
    description: 'How findings become tickets (itsm integrations only).',
    properties: {
      auto_close_on_resolve: {
        type: 'boolean',
        default: false,
        description: 'Close the finding when its ticket is resolved. Default false: a resolved ticket sends the finding to retest.',
      },
      mappings: {
        type: 'object',
        title: 'TicketMappings',
        properties: {
          priority: {
            type: 'object',
            title: 'PriorityMapping',
            description: 'Ticket priority for each normalized severity.',
            properties: Object.fromEntries(SEVERITIES.map((s) => [s, { type: 'string', minLength: 1 }])),
            additionalProperties: false,
          },
          status: {
            type: 'object',
            title: 'StatusMapping',
            description: 'Ticket status for each finding state.',
            properties: Object.fromEntries(
              ['open', 'in_progress', 'resolved', 'closed', 'reopened'].map((s) => [s, { type: 'string', minLength: 1 }]),
            ),
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      defaults: { ...stringMap, description: 'Ticket fields set on every ticket created, by field name.' },
    },
    additionalProperties: false,
  },
  tls: {
    type: 'object',
    title: 'TlsSettings',
    description: 'TLS towards the vendor, for on-prem tools: extra CAs, a client certificate, or (with a warning on every use) no verification.',
    properties: {
      ca_file: { type: 'string', minLength: 1, description: 'PEM bundle of CAs to trust besides the system ones, relative to the manifest file.' },
      client_cert_file: { type: 'string', minLength: 1, description: 'PEM client certificate, relative to the manifest file.' },
      client_key_file: { type: 'string', minLength: 1, description: 'PEM private key of the client certificate, relative to the manifest file; keep it out of git.' },
      insecure_skip_verify: { type: 'boolean', default: false, description: 'Do not verify the server certificate. Works, and warns on every request.' },
    },
    additionalProperties: false,
  },
  ci: {
    type: 'object',
    title: 'CiPolicy',
    description: 'Branch filter and merge gate (asset_source integrations only).',
    properties: {
      branches: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        uniqueItems: true,
        description: 'Branches the gate runs on, as globs (main, release/*).',
      },
      gate: {
        type: 'object',
        title: 'GatePolicy',
        properties: {
          block: { ...severityList, description: 'New findings of these severities fail the check.' },
          warn: { ...severityList, description: 'New findings of these severities mark the check pending (warn).' },
        },
        additionalProperties: false,
      },
      auto_scan: {
        type: 'array',
        items: { type: 'string', pattern: NAME_PATTERN },
        uniqueItems: true,
        description: 'Names of sast or sca integrations to scan on each push.',
      },
      pr_comment: { type: 'boolean', default: false, description: 'Post the gate report as a pull-request comment.' },
    },
    additionalProperties: false,
  },
};
