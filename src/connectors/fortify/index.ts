// Registers the Fortify SSC connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { fortifyEntry } from './catalog.js';

registerConnector({ entry: fortifyEntry, runtime: () => import('./runtime.js').then((m) => m.fortifyRuntime) });
