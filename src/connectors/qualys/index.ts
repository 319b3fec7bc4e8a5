// Registers the Qualys VMDR connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { qualysEntry } from './catalog.js';

registerConnector({ entry: qualysEntry, runtime: () => import('./runtime.js').then((m) => m.qualysRuntime) });
