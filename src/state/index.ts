// Public face of the state layer: the store contract, its errors and openStore. Never re-exports SQLite code.
export type * from './types.js';
export * from './errors.js';
export { DEFAULT_BACKEND, parseBackend, type BackendSpec } from './backend-url.js';
export { openStore, type OpenStoreOptions } from './open-store.js';
