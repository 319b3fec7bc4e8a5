// Registers the Checkmarx SAST connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { checkmarxSastEntry } from './catalog.js';

registerConnector({ entry: checkmarxSastEntry, runtime: () => import('./runtime.js').then((m) => m.checkmarxSastRuntime) });
