// What a connector can do at run time, per archetype. Vendor folders implement these; the core calls them.
import type { HttpClient, HttpClientOptions } from '../http/types.js';

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly latency_ms: number;
  readonly vendor_version?: string;
  readonly license?: string;
  readonly user?: string;
  readonly warnings: string[];
}

/** Everything a connector gets for one integration: resolved auth (plaintext secrets), config, and HTTP. */
export interface ConnectorContext {
  readonly name: string;
  readonly type: string;
  readonly auth: Readonly<Record<string, unknown>>;
  readonly config: Readonly<Record<string, unknown>>;
  readonly spec: Readonly<Record<string, unknown>>;
  /** Makes an HTTP client for this integration (base URL, credentials headers, TLS, retries). */
  readonly http: (options: Omit<HttpClientOptions, 'integration' | 'vendor'>) => HttpClient;
  readonly signal?: AbortSignal;
}

/** A mapping value the live instance does not know. */
export interface MappingProblem {
  /** Manifest path, e.g. spec.ticketing.mappings.priority.critical. */
  readonly path: string;
  readonly value: string;
  readonly valid: readonly string[];
  readonly message: string;
}

export type CommitState = 'success' | 'pending' | 'failure' | 'error';

export interface CommitStatus {
  readonly repository: string;
  readonly sha: string;
  readonly state: CommitState;
  readonly context: string;
  readonly description: string;
  readonly targetUrl?: string;
}

export interface PullRequestComment {
  readonly repository: string;
  readonly pullRequest: number;
  /** Hidden marker that finds the comment again, so it is updated in place. */
  readonly marker: string;
  readonly body: string;
}

/** The gate's verdict for a CI system's own build, where it has no commit status (Jenkins, Bamboo). */
export interface BuildReport {
  /** The build as the CI system names it in its environment: Jenkins BUILD_URL, Bamboo bamboo_buildResultKey. */
  readonly build: string;
  readonly state: CommitState;
  /** One line: the verdict and why. */
  readonly title: string;
  /** The whole report, as Markdown. */
  readonly body: string;
}

/** The run-time side of a connector. Every method is optional: capabilities say which exist. */
export interface ConnectorRuntime {
  testConnection?(ctx: ConnectorContext): Promise<ConnectionTestResult>;
  /** itsm: check ticketing mappings and defaults against the live instance's metadata. */
  checkMappings?(ctx: ConnectorContext): Promise<MappingProblem[]>;
  /** asset_source: set a commit status (or the vendor's equivalent). */
  setCommitStatus?(ctx: ConnectorContext, status: CommitStatus): Promise<void>;
  /** asset_source: create or update the one comment carrying `marker`. Returns 'created' or 'updated'. */
  upsertComment?(ctx: ConnectorContext, comment: PullRequestComment): Promise<'created' | 'updated'>;
  /** CI system without commit statuses: put the verdict on its own build (capability build_report). Returns what was done, for the log. */
  reportBuild?(ctx: ConnectorContext, report: BuildReport): Promise<string>;
}
