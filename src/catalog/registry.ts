// The connector registry: vendor folders register themselves here; the core looks types up by id.
import type { ConnectorRuntime } from './runtime.js';
import type { CatalogEntry } from './types.js';
import { checkEntry } from './check-entry.js';

export interface Connector {
  readonly entry: CatalogEntry;
  /** Loads the vendor's client code on first use, so commands that never call a vendor never load it. */
  readonly runtime?: () => Promise<ConnectorRuntime>;
}

const connectors = new Map<string, Connector>();

/** Registers a connector type. Throws when the id is taken or the entry is malformed. */
export function registerConnector(connector: Connector): void {
  const { type } = connector.entry;
  if (connectors.has(type)) throw new Error(`connector type "${type}" is registered twice`);
  checkEntry(connector.entry);
  connectors.set(type, connector);
}

export function findConnector(type: string): Connector | undefined {
  return connectors.get(type);
}

/** All registered connectors, sorted by type id so every generated output is deterministic. */
export function listConnectors(): Connector[] {
  return [...connectors.values()].sort((a, b) => a.entry.type.localeCompare(b.entry.type));
}

export function connectorTypes(): string[] {
  return listConnectors().map((c) => c.entry.type);
}
