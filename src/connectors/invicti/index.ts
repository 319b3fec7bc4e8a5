// Registers the Invicti Enterprise connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { invictiEntry } from './catalog.js';

registerConnector({ entry: invictiEntry, runtime: () => import('./runtime.js').then((m) => m.invictiRuntime) });
