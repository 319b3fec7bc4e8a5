// The connector catalog's vocabulary: archetypes, field descriptors, capabilities and severity scales.
// Everything else (JSON Schemas, TypeScript types, `secwire catalog`) is generated from these shapes.

/** The normalized severity scale, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ARCHETYPES = ['scanner', 'pull_only', 'itsm', 'asset_source'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const CATEGORIES = ['vm', 'dast', 'sast', 'sca', 'container', 'mobile', 'discovery', 'itsm', 'cicd'] as const;
export type Category = (typeof CATEGORIES)[number];

export const FIELD_KINDS = ['string', 'url', 'secret', 'enum', 'integer', 'boolean', 'string_list'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const CAPABILITIES = [
  'remote_scans',
  'file_import',
  'pull_results',
  'tickets',
  'bulk_tickets',
  'change_requests',
  'webhooks_inbound',
  'commit_status',
  'pr_comment',
  'build_report',
  'sbom_export',
  'dependency_graph',
  'asset_sync',
  'connection_test',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** File formats a scanner can import; the findings parsers detect them from content. */
export const FILE_FORMATS = ['sarif', 'nuclei_jsonl', 'nmap_xml', 'masscan_json', 'masscan_list', 'nessus_xml'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export type FieldValue = string | number | boolean | readonly string[];

/**
 * One field of an integration's `auth` or `config` block.
 * Shaped after dnscontrol's credsmeta: enough to generate a schema, a form, and help text.
 */
export interface FieldDescriptor {
  /** snake_case key as written in the manifest. */
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** One plain sentence; shown in `secwire catalog` and the schema's description. */
  readonly description: string;
  readonly default?: FieldValue;
  /** Allowed values; required for kind `enum`. */
  readonly enum?: readonly string[];
  /** ECMAScript regular expression the value must match (string, url, string_list items). */
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Example value for docs and `secwire import`; never a real credential. */
  readonly example?: FieldValue;
  /**
   * Required only when another field of the same block has a given value,
   * e.g. Jira's `pat` when `deployment` is `datacenter`. `required` must then be false.
   */
  readonly requiredWhen?: { readonly field: string; readonly equals: string };
}

/** How a vendor's own severity values map onto the normalized scale. */
export interface SeverityScale {
  /** Human description of the native scale, e.g. "plugin severity 0-4". */
  readonly description: string;
  /** Native value (compared case-insensitively, as a string) → normalized severity. */
  readonly mapping: Readonly<Record<string, Severity>>;
}

/** A connector type as the catalog describes it. Pure data: no I/O here. */
export interface CatalogEntry {
  /** Lower-case id used as `spec.type`; equals the connector's folder name. */
  readonly type: string;
  readonly displayName: string;
  readonly category: Category;
  readonly archetype: Archetype;
  readonly description: string;
  readonly capabilities: readonly Capability[];
  /** Formats accepted when the entry has the `file_import` capability. */
  readonly fileFormats?: readonly FileFormat[];
  readonly severity: SeverityScale;
  readonly auth: readonly FieldDescriptor[];
  readonly config: readonly FieldDescriptor[];
  /**
   * Name of the `auth` or `config` field (as `auth.base_url`) holding the URL that credentials are sent to.
   * Its value, or its default, is the destination a sealed secret is bound to. Absent for file-only types.
   */
  readonly destinationField?: string;
  /**
   * Other url fields the credentials also travel to when set (a token server, a second console), as `auth.iam_url`.
   * A sealed secret is bound to all of them with the destination, so pointing one elsewhere needs a new seal.
   */
  readonly extraDestinationFields?: readonly string[];
  /** asset_source: the environment of jobs in this vendor's CI system, when it has one. */
  readonly ciEnvironment?: CiEnvironment;
  /** Vendor documentation for the API the connector uses. */
  readonly docsUrl?: string;
}

/**
 * How a CI system shows itself in a job's environment, for the gate's branch, repository, commit, pull request and
 * build. Each list names variables in order of preference; the first one set wins.
 */
export interface CiEnvironment {
  /** The CI system as reports name it ("GitHub Actions"). */
  readonly label: string;
  /** Set in every job of this system. */
  readonly marker: string;
  /** Detected by the marker alone, when the branch variables have names other tools use too (BRANCH_NAME). */
  readonly markerOnly?: boolean;
  /** A pull request's target branch; read before `branch`. */
  readonly targetBranch: readonly string[];
  readonly branch: readonly string[];
  readonly repository: readonly string[];
  readonly commit: readonly string[];
  /** Empty when the number comes from the job's event payload instead. */
  readonly pullRequest: readonly string[];
  readonly actor: readonly string[];
  /** The system's own build (a URL or result key), for systems without commit statuses. */
  readonly build?: readonly string[];
}

/** Which manifest blocks each archetype allows beside `auth` and `config`. */
export const ARCHETYPE_BLOCKS: Readonly<Record<Archetype, readonly ('import_severity_threshold' | 'ticketing' | 'ci')[]>> = {
  scanner: ['import_severity_threshold'],
  pull_only: ['import_severity_threshold'],
  itsm: ['ticketing'],
  asset_source: ['ci'],
};
