// The embedded hub store: one SQLite file (WAL, synchronous=FULL) holding records, audit log and a cross-process lock.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, Statement } from 'better-sqlite3';
import { InvalidWriteError, LockHeldError, LockMismatchError, RecordNotFoundError, SerialMismatchError, StoreClosedError, StoreBusyError, StoreOpenError } from './errors.js';
import type { SqliteConstructor } from './load-sqlite.js';
import { holderIsGone } from './lock-liveness.js';
import { migrate } from './migrate.js';
import { checkAudit, checkRecord, recordToRow, rowToAudit, rowToRecord, toJson, type AuditRow, type LockRow, type RecordRow } from './record-codec.js';
import { isBusy, mapSqliteError, sqliteCode } from './sqlite-error-map.js';
import { ensureStoreFile } from './store-file.js';
import type { AuditEntry, AuditQuery, ConnectionTest, HubRecord, HubStore, LockInfo, LockRequest, WriteOps } from './types.js';

export interface SqliteStoreOptions {
  /** How long one SQLite statement waits for another process's write transaction. Default 5000 ms. */
  busyTimeoutMs?: number;
}

const DEFAULT_POLL_MS = 200;

const RECORD_COLUMNS =
  'name, kind, type, archetype, spec, metadata, secrets, managed, source_file, protect, created_at, updated_at, last_test, applied_digest';

export class SqliteStore implements HubStore {
  private closed = false;
  /** Lock ids taken through this instance; close() releases them. */
  private readonly heldLocks = new Set<string>();
  private readonly stmt: ReturnType<typeof prepareStatements>;

  private constructor(
    private readonly db: Database,
    readonly location: string,
    /** Absolute file path, or ":memory:". */
    readonly path: string,
  ) {
    this.stmt = prepareStatements(db);
  }

  /** Opens (creating and migrating when needed) the store file at an absolute path. */
  static open(Sqlite: SqliteConstructor, path: string, location: string, options: SqliteStoreOptions = {}): SqliteStore {
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    const memory = path === ':memory:';
    if (!memory) ensureStoreFile(path, location);
    let db: Database;
    try {
      db = new Sqlite(path, { timeout: busyTimeoutMs, fileMustExist: !memory });
    } catch (err) {
      throw new StoreOpenError(location, (err as Error).message, 'check that the path is a readable and writable file on a local filesystem', err);
    }
    try {
      if (!memory) db.pragma('journal_mode = WAL'); // readers never block the writer; needs a local filesystem
      db.pragma('synchronous = FULL'); // a commit that returned survives power loss, not only a crash
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      migrate(db, location);
      return new SqliteStore(db, location, path);
    } catch (err) {
      db.close();
      const code = sqliteCode(err);
      if (code === 'SQLITE_NOTADB') {
        throw new StoreOpenError(location, 'the file is not a SQLite database', 'point the backend at a secwire hub file, or at a path that does not exist yet', err);
      }
      throw mapSqliteError(err, location);
    }
  }

  async lineage(): Promise<string> {
    return this.run(() => this.stmt.meta.get()!.lineage);
  }

  async serial(): Promise<number> {
    return this.run(() => this.stmt.meta.get()!.serial);
  }

  async list(): Promise<HubRecord[]> {
    return this.run(() => this.stmt.listRecords.all().map(rowToRecord));
  }

  async get(name: string): Promise<HubRecord | undefined> {
    return this.run(() => {
      const row = this.stmt.getRecord.get(name);
      return row ? rowToRecord(row) : undefined;
    });
  }

  async put(record: HubRecord): Promise<number> {
    return this.write({ put: [record] });
  }

  async delete(name: string): Promise<number> {
    return this.write({ delete: [name] });
  }

  async write(ops: WriteOps): Promise<number> {
    const puts = ops.put ?? [];
    const deletes = ops.delete ?? [];
    const audits = ops.audit === undefined ? [] : Array.isArray(ops.audit) ? ops.audit : [ops.audit];
    puts.forEach(checkRecord);
    audits.forEach(checkAudit);
    const names = [...puts.map((r) => r.name), ...deletes];
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) throw new InvalidWriteError(`record "${dup}" appears more than once in one write`);
    if (deletes.some((n) => typeof n !== 'string' || n === '')) throw new InvalidWriteError('delete needs non-empty names');
    return this.run(() =>
      this.db
        .transaction((): number => {
          const before = this.stmt.meta.get()!.serial;
          if (ops.ifSerial !== undefined && ops.ifSerial !== before) throw new SerialMismatchError(this.location, ops.ifSerial, before);
          let changed = puts.length > 0;
          for (const record of puts) this.stmt.upsertRecord.run(recordToRow(record));
          for (const name of deletes) if (this.stmt.deleteRecord.run(name).changes > 0) changed = true;
          for (const entry of audits) this.insertAudit(entry);
          if (!changed) return before;
          this.stmt.bumpSerial.run();
          return before + 1;
        })
        .immediate(),
    );
  }

  async recordTest(name: string, test: ConnectionTest): Promise<void> {
    const json = toJson(test, `connection test of "${name}"`);
    this.run(() => {
      if (this.stmt.setLastTest.run(json, name).changes === 0) throw new RecordNotFoundError(this.location, name);
    });
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    checkAudit(entry);
    this.run(() => this.db.transaction(() => this.insertAudit(entry)).immediate());
  }

  async audit(opts: AuditQuery = {}): Promise<AuditEntry[]> {
    const limit = opts.limit ?? -1; // SQLite: a negative LIMIT means no limit
    return this.run(() => {
      const rows = opts.kind === undefined ? this.stmt.auditAll.all(limit) : this.stmt.auditByKind.all(opts.kind, limit);
      return rows.map(rowToAudit);
    });
  }

  async lock(req: LockRequest): Promise<LockInfo> {
    const pollMs = Math.max(10, req.pollMs ?? DEFAULT_POLL_MS);
    const started = Date.now();
    const deadline = started + Math.max(0, req.timeoutMs);
    const info: LockInfo = {
      id: randomUUID(),
      holder: req.holder,
      operation: req.operation,
      created_at: '',
      pid: process.pid,
      hostname: hostname(),
    };
    for (;;) {
      let holder: LockInfo | undefined;
      let busy: unknown;
      try {
        holder = this.run(() =>
          this.db
            .transaction((): LockInfo | undefined => {
              const current = this.stmt.getLock.get();
              if (current) return current;
              info.created_at = new Date().toISOString();
              this.stmt.insertLock.run(info);
              return undefined;
            })
            .immediate(),
        );
        if (!holder) {
          this.heldLocks.add(info.id);
          return { ...info };
        }
      } catch (err) {
        if (!(err instanceof StoreBusyError)) throw err;
        busy = err; // another process is mid-write; treat like a held lock and keep polling
      }
      const now = Date.now();
      if (now >= deadline) {
        if (holder) throw new LockHeldError(this.location, holder, now - started, holderIsGone(holder));
        throw busy;
      }
      await sleep(Math.min(pollMs, deadline - now));
    }
  }

  async unlock(id: string): Promise<void> {
    this.run(() => this.db.transaction(() => this.removeLock(id)).immediate());
    this.heldLocks.delete(id);
  }

  async forceUnlock(id: string, opts: { actor?: string } = {}): Promise<LockInfo> {
    const removed = this.run(() =>
      this.db
        .transaction((): LockInfo => {
          const lock = this.removeLock(id);
          this.insertAudit({ at: new Date().toISOString(), actor: opts.actor ?? 'unknown', kind: 'force-unlock', data: { lock } });
          return lock;
        })
        .immediate(),
    );
    this.heldLocks.delete(id);
    return removed;
  }

  async currentLock(): Promise<LockInfo | undefined> {
    return this.run(() => this.stmt.getLock.get());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    for (const id of this.heldLocks) {
      try {
        this.stmt.deleteLockById.run(id);
      } catch {
        // best effort: a lock left behind can be removed with force-unlock
      }
    }
    this.heldLocks.clear();
    this.closed = true;
    this.db.close();
  }

  /** Runs inside a transaction. Throws LockMismatchError unless the current lock has this id. */
  private removeLock(id: string): LockInfo {
    const current = this.stmt.getLock.get();
    if (!current || current.id !== id) throw new LockMismatchError(this.location, id, current);
    this.stmt.deleteLockById.run(id);
    return current;
  }

  private insertAudit(entry: AuditEntry): void {
    this.stmt.insertAudit.run({
      at: entry.at,
      actor: entry.actor,
      kind: entry.kind,
      plan_hash: entry.plan_hash ?? null,
      data: toJson(entry.data, `audit entry (${entry.kind})`),
    });
  }

  /** Checks the store is open and maps SQLite errors to StoreErrors. */
  private run<T>(fn: () => T): T {
    if (this.closed) throw new StoreClosedError(this.location);
    try {
      return fn();
    } catch (err) {
      throw isBusy(err) ? new StoreBusyError(this.location, err) : mapSqliteError(err, this.location);
    }
  }
}

function prepareStatements(db: Database) {
  return {
    meta: db.prepare('SELECT lineage, serial FROM meta WHERE slot = 1') as Statement<[], { lineage: string; serial: number }>,
    bumpSerial: db.prepare('UPDATE meta SET serial = serial + 1 WHERE slot = 1'),
    listRecords: db.prepare(`SELECT ${RECORD_COLUMNS} FROM records ORDER BY name`) as Statement<[], RecordRow>,
    getRecord: db.prepare(`SELECT ${RECORD_COLUMNS} FROM records WHERE name = ?`) as Statement<[string], RecordRow>,
    upsertRecord: db.prepare(
      `INSERT INTO records (${RECORD_COLUMNS})
       VALUES (@name, @kind, @type, @archetype, @spec, @metadata, @secrets, @managed, @source_file, @protect, @created_at, @updated_at, @last_test, @applied_digest)
       ON CONFLICT (name) DO UPDATE SET
         kind = excluded.kind, type = excluded.type, archetype = excluded.archetype, spec = excluded.spec,
         metadata = excluded.metadata, secrets = excluded.secrets, managed = excluded.managed,
         source_file = excluded.source_file, protect = excluded.protect, updated_at = excluded.updated_at,
         last_test = excluded.last_test, applied_digest = excluded.applied_digest`,
    ) as Statement<[RecordRow]>,
    deleteRecord: db.prepare('DELETE FROM records WHERE name = ?') as Statement<[string]>,
    setLastTest: db.prepare('UPDATE records SET last_test = ? WHERE name = ?') as Statement<[string, string]>,
    insertAudit: db.prepare(
      'INSERT INTO audit (at, actor, kind, plan_hash, data) VALUES (@at, @actor, @kind, @plan_hash, @data)',
    ) as Statement<[Omit<AuditRow, 'id'>]>,
    auditAll: db.prepare('SELECT id, at, actor, kind, plan_hash, data FROM audit ORDER BY id DESC LIMIT ?') as Statement<[number], AuditRow>,
    auditByKind: db.prepare(
      'SELECT id, at, actor, kind, plan_hash, data FROM audit WHERE kind = ? ORDER BY id DESC LIMIT ?',
    ) as Statement<[string, number], AuditRow>,
    getLock: db.prepare('SELECT id, holder, operation, created_at, pid, hostname FROM lock WHERE slot = 1') as Statement<[], LockRow>,
    insertLock: db.prepare(
      'INSERT INTO lock (slot, id, holder, operation, created_at, pid, hostname) VALUES (1, @id, @holder, @operation, @created_at, @pid, @hostname)',
    ) as Statement<[LockInfo]>,
    deleteLockById: db.prepare('DELETE FROM lock WHERE id = ?') as Statement<[string]>,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
