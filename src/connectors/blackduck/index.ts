// Registers the Black Duck connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { blackduckEntry } from './catalog.js';

registerConnector({ entry: blackduckEntry, runtime: () => import('./runtime.js').then((m) => m.blackduckRuntime) });
