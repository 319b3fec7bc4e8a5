// Typed hub store errors: each says what is wrong (message) and what to do next (hint).
import type { LockInfo } from './types.js';

export type StoreErrorCode =
  | 'invalid_backend'
  | 'unsupported_backend'
  | 'native_module'
  | 'open_failed'
  | 'not_a_hub_store'
  | 'schema_too_new'
  | 'closed'
  | 'busy'
  | 'io'
  | 'invalid_record'
  | 'invalid_write'
  | 'record_not_found'
  | 'serial_mismatch'
  | 'lock_held'
  | 'lock_mismatch';

export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class InvalidBackendError extends StoreError {
  override readonly name = 'InvalidBackendError';
  constructor(backend: string, why: string, hint = 'use file:PATH, for example file:.secwire/hub.db') {
    super('invalid_backend', `backend "${backend}" is invalid: ${why}`, hint);
  }
}

export class UnsupportedBackendError extends StoreError {
  override readonly name = 'UnsupportedBackendError';
  constructor(readonly scheme: string) {
    super(
      'unsupported_backend',
      `backend scheme ${scheme} is not supported yet; use file:PATH`,
      'set the backend to file:PATH, for example file:.secwire/hub.db',
    );
  }
}

export class NativeModuleError extends StoreError {
  override readonly name = 'NativeModuleError';
  constructor(cause: unknown) {
    const detail = firstLine(cause);
    super(
      'native_module',
      `the embedded SQLite store needs the native module better-sqlite3, which could not be loaded${detail ? `: ${detail}` : ''}`,
      `reinstall secwire with npm on this machine so the module is built for Node.js ${process.version}; in CI use a shared backend`,
      { cause },
    );
  }
}

export class StoreOpenError extends StoreError {
  override readonly name = 'StoreOpenError';
  constructor(location: string, why: string, hint: string, cause?: unknown) {
    super('open_failed', `cannot open hub store ${location}: ${why}`, hint, { cause });
  }
}

export class NotAHubStoreError extends StoreError {
  override readonly name = 'NotAHubStoreError';
  constructor(location: string, why: string) {
    super(
      'not_a_hub_store',
      `${location} is not a secwire hub store: ${why}`,
      'point the backend at a secwire hub file, or at a path that does not exist yet to create one',
    );
  }
}

export class SchemaTooNewError extends StoreError {
  override readonly name = 'SchemaTooNewError';
  constructor(
    location: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      'schema_too_new',
      `hub store ${location} has schema version ${found}, but this secwire knows versions up to ${known}`,
      'a newer secwire wrote this store; upgrade secwire (do not downgrade the store by hand)',
    );
  }
}

export class StoreClosedError extends StoreError {
  override readonly name = 'StoreClosedError';
  constructor(location: string) {
    super('closed', `hub store ${location} is closed`, 'open the store again with openStore()');
  }
}

export class StoreBusyError extends StoreError {
  override readonly name = 'StoreBusyError';
  constructor(location: string, cause?: unknown) {
    super(
      'busy',
      `hub store ${location} stayed busy: another process kept it locked for writing`,
      'retry; if it persists, look for a stuck secwire process using the same store',
      { cause },
    );
  }
}

export class StoreIoError extends StoreError {
  override readonly name = 'StoreIoError';
  constructor(location: string, why: string, hint: string, cause?: unknown) {
    super('io', `hub store ${location}: ${why}`, hint, { cause });
  }
}

export class InvalidRecordError extends StoreError {
  override readonly name = 'InvalidRecordError';
  constructor(name: string, problems: string[]) {
    super(
      'invalid_record',
      `record "${name}" cannot be stored: ${problems.join('; ')}`,
      'this is a bug in the caller of the store; report it with --debug output',
    );
  }
}

export class InvalidWriteError extends StoreError {
  override readonly name = 'InvalidWriteError';
  constructor(why: string) {
    super('invalid_write', `invalid store write: ${why}`, 'this is a bug in the caller of the store; report it with --debug output');
  }
}

export class RecordNotFoundError extends StoreError {
  override readonly name = 'RecordNotFoundError';
  constructor(location: string, readonly recordName: string) {
    super('record_not_found', `hub store ${location} has no record "${recordName}"`, 'run `secwire plan` to see what the hub holds');
  }
}

export class SerialMismatchError extends StoreError {
  override readonly name = 'SerialMismatchError';
  constructor(
    location: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      'serial_mismatch',
      `hub store ${location} changed: expected serial ${expected}, found ${actual}`,
      'the hub changed since the plan was made; run `secwire plan` again',
    );
  }
}

export class LockHeldError extends StoreError {
  override readonly name = 'LockHeldError';
  constructor(
    location: string,
    readonly lock: LockInfo,
    readonly waitedMs: number,
    readonly holderGone = false,
  ) {
    const gone = holderGone ? ` (that process is no longer running)` : '';
    super(
      'lock_held',
      `hub store ${location} is locked by ${lock.holder} for "${lock.operation}" since ${lock.created_at}` +
        ` (pid ${lock.pid} on ${lock.hostname}, lock id ${lock.id})${gone}; gave up after ${waitedMs} ms`,
      holderGone
        ? `the holder is gone; release the lock with: secwire force-unlock ${lock.id}`
        : `wait for that operation to finish; if it is no longer running, run: secwire force-unlock ${lock.id}`,
    );
  }
}

export class LockMismatchError extends StoreError {
  override readonly name = 'LockMismatchError';
  constructor(location: string, id: string, current: LockInfo | undefined) {
    super(
      'lock_mismatch',
      current
        ? `hub store ${location} is not locked with id ${id}; the current lock is ${current.id}, held by ${current.holder} for "${current.operation}" since ${current.created_at}`
        : `hub store ${location} is not locked (no lock with id ${id})`,
      current
        ? `to remove the current lock, run: secwire force-unlock ${current.id}`
        : 'nothing to unlock; someone may have force-unlocked it already',
    );
  }
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : err === undefined ? '' : String(err);
  return text.split('\n')[0]?.trim() ?? '';
}
