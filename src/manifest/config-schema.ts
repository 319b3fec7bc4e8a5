// JSON Schema of secwire.config.yaml; its TypeScript type is generated from it.
/** ajv options the config validator is precompiled with (scripts/generate.ts). */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: true } as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://secwire.dev/schemas/config.schema.json',
  title: 'SecwireConfig',
  description: 'Project settings of secwire, found by cosmiconfig (secwire.config.yaml, .secwirerc, …).',
  type: 'object',
  properties: {
    manifests: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Files and directories read when no paths are given on the command line, relative to the config file.',
    },
    backend: {
      type: 'string',
      minLength: 1,
      description: 'Where the hub state lives; default file:.secwire/hub.db (the embedded SQLite hub).',
    },
    keys: {
      type: 'object',
      title: 'KeysConfig',
      properties: {
        public_key: { type: 'string', description: 'Public key file used by `secwire seal`; default secwire.pub.' },
        key_id: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'Pinned key id: `seal` refuses a public key with another id.' },
        private_key: { type: 'string', description: 'Private keyring file; default .secwire/secwire.key. SECWIRE_PRIVATE_KEY overrides it.' },
        hub_key: { type: 'string', description: 'Hub at-rest encryption key file; default .secwire/hub.key. SECWIRE_HUB_KEY overrides it.' },
      },
      additionalProperties: false,
    },
    limits: {
      type: 'object',
      title: 'LimitsConfig',
      properties: {
        max_file_bytes: { type: 'integer', minimum: 1024, description: 'Largest manifest file read; default 8 MiB.' },
        max_files: { type: 'integer', minimum: 1, description: 'Most manifest files read in one run; default 5000.' },
        max_alias_count: { type: 'integer', minimum: 0, description: 'YAML aliases resolved per document; default 100.' },
      },
      additionalProperties: false,
    },
    safety: {
      type: 'object',
      title: 'SafetyConfig',
      properties: {
        max_delete_percent: { type: 'number', minimum: 0, maximum: 100, description: 'A plan deleting more than this share of managed records needs --allow-mass-delete; default 30.' },
      },
      additionalProperties: false,
    },
    apply: {
      type: 'object',
      title: 'ApplyConfig',
      properties: {
        parallelism: { type: 'integer', minimum: 1, maximum: 256, description: 'Changes applied at once; default 10.' },
        retries: { type: 'integer', minimum: 0, maximum: 20, description: 'Retries of a transient failure; default 5.' },
        hosts: {
          type: 'object',
          description: 'Per-host limits by host name: concurrency and requests per second.',
          additionalProperties: {
            type: 'object',
            title: 'HostLimits',
            properties: {
              concurrency: { type: 'integer', minimum: 1 },
              requests_per_second: { type: 'number', exclusiveMinimum: 0 },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;
