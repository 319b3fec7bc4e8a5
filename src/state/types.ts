// The hub store contract: records, audit log and lock, as every backend (SQLite, remote HTTP, PostgreSQL) implements it.

/** One secret field of a record. `ciphertext` is opaque to the store: the caller encrypts it with the hub key. */
export interface SecretField {
  ciphertext: string;
  /** Digest of the sealed value last applied, so `plan` can spot a changed secret without the private key. */
  sealed_digest: string | null;
  /** Keyed fingerprint of the plaintext, so `apply` can skip rewriting an unchanged secret. */
  fingerprint: string | null;
  source: 'sealed' | 'env';
}

/** The outcome of the last connection test of an integration. Observation, not configuration. */
export interface ConnectionTest {
  at: string;
  ok: boolean;
  latency_ms: number;
  vendor_version?: string;
  license?: string;
  user?: string;
  warnings: string[];
  error?: string;
}

/** One integration as the hub holds it. `name` is the identity. */
export interface HubRecord {
  name: string;
  kind: 'Integration';
  type: string;
  archetype: string;
  /** Non-secret spec as JSON (secret fields removed). */
  spec: Record<string, unknown>;
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  /** Key: field path like "auth.api_token". */
  secrets: Record<string, SecretField>;
  managed: boolean;
  source_file: string | null;
  protect: boolean;
  /** ISO 8601. On update the store keeps the existing row's created_at, whatever the caller passes. */
  created_at: string;
  /** ISO 8601, set by the caller. */
  updated_at: string;
  last_test: ConnectionTest | null;
  /** Digest of the configuration as secwire last applied it; a record whose current digest differs has drifted. */
  applied_digest: string | null;
}

export type AuditKind = 'apply' | 'gate' | 'import' | 'force-unlock';

export interface AuditEntry {
  /** Assigned by the store; ignored on append. */
  id?: number;
  at: string;
  actor: string;
  kind: AuditKind;
  plan_hash?: string | null;
  /** Any JSON-serializable value. Never put plaintext secrets here. */
  data: unknown;
}

export interface LockInfo {
  /** Random UUID; what `secwire force-unlock ID` takes. */
  id: string;
  holder: string;
  operation: string;
  created_at: string;
  pid: number;
  hostname: string;
}

export interface LockRequest {
  holder: string;
  operation: string;
  /** How long to wait for a held lock before throwing LockHeldError. 0 tries once. */
  timeoutMs: number;
  /** How often to retry while waiting. Default 200 ms. */
  pollMs?: number;
}

/** Everything one atomic write may do. All of it commits, or none of it does. */
export interface WriteOps {
  /** Upserts, by name. A name may appear once per write. */
  put?: HubRecord[];
  /** Names to delete. Deleting a name that does not exist is a no-op (reruns converge). */
  delete?: string[];
  /** Audit entries appended in the same transaction. */
  audit?: AuditEntry | AuditEntry[];
  /** Optimistic check: the write fails with SerialMismatchError unless the store's serial equals this. */
  ifSerial?: number;
}

export interface AuditQuery {
  /** Newest N entries. */
  limit?: number;
  kind?: AuditKind;
}

export interface HubStore {
  /** Where the store lives, for messages, e.g. "file:.secwire/hub.db". */
  readonly location: string;
  /** Random UUID fixed at store creation; tells two stores apart even at the same serial. */
  lineage(): Promise<string>;
  /**
   * Monotonic version of the configuration. It bumps by one per write() that puts a record or deletes an
   * existing one; audit appends and recordTest() do not bump it (they are not configuration).
   */
  serial(): Promise<number>;
  /** All records, sorted by name (byte order). */
  list(): Promise<HubRecord[]>;
  get(name: string): Promise<HubRecord | undefined>;
  /** Upsert one record in one transaction; returns the new serial. Same as write({ put: [record] }). */
  put(record: HubRecord): Promise<number>;
  /** Delete one record; returns the serial (unchanged when the name did not exist). */
  delete(name: string): Promise<number>;
  /** Puts, deletes and audit entries in ONE transaction; returns the serial after it. */
  write(ops: WriteOps): Promise<number>;
  /** Stores last_test of an existing record. Does not bump serial nor touch updated_at. Throws RecordNotFoundError. */
  recordTest(name: string, test: ConnectionTest): Promise<void>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Audit entries, newest first. */
  audit(opts?: AuditQuery): Promise<AuditEntry[]>;
  /**
   * Takes the store-wide lock, waiting up to timeoutMs; then throws LockHeldError naming holder, operation,
   * since, and the id to pass to `secwire force-unlock ID`. Works across processes. Not re-entrant.
   */
  lock(req: LockRequest): Promise<LockInfo>;
  /** Releases a lock taken by lock(). Throws LockMismatchError when that lock is no longer held (e.g. force-unlocked). */
  unlock(id: string): Promise<void>;
  /**
   * Removes the lock with this id, whoever holds it, and appends a 'force-unlock' audit entry in the same
   * transaction. Throws LockMismatchError when no lock is held or its id differs. Returns the removed lock.
   */
  forceUnlock(id: string, opts?: { actor?: string }): Promise<LockInfo>;
  currentLock(): Promise<LockInfo | undefined>;
  /** Releases locks this instance still holds, then closes. Idempotent. */
  close(): Promise<void>;
}
