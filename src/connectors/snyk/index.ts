// Registers the Snyk connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { snykEntry } from './catalog.js';

registerConnector({ entry: snykEntry, runtime: () => import('./runtime.js').then((m) => m.snykRuntime) });
