// Registers the Nessus connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { nessusEntry } from './catalog.js';

registerConnector({ entry: nessusEntry, runtime: () => import('./runtime.js').then((m) => m.nessusRuntime) });
