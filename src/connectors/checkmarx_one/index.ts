// Registers the Checkmarx One connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { checkmarxOneEntry } from './catalog.js';

registerConnector({ entry: checkmarxOneEntry, runtime: () => import('./runtime.js').then((m) => m.checkmarxOneRuntime) });
