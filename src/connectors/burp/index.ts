// Registers the Burp Suite DAST connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { burpEntry } from './catalog.js';

registerConnector({ entry: burpEntry, runtime: () => import('./runtime.js').then((m) => m.burpRuntime) });
