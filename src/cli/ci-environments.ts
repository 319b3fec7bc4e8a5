// The CI environments the registered connectors declare, for reading where the gate runs.
import { listConnectors } from '../catalog/registry.js';
import type { CiEnvironment } from '../catalog/types.js';

export function ciEnvironments(): CiEnvironment[] {
  return listConnectors().flatMap((c) => (c.entry.ciEnvironment ? [c.entry.ciEnvironment] : []));
}
