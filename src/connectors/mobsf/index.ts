// Registers the MobSF connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { mobsfEntry } from './catalog.js';

registerConnector({ entry: mobsfEntry, runtime: () => import('./runtime.js').then((m) => m.mobsfRuntime) });
