// Registers the ServiceNow connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { servicenowEntry } from './catalog.js';

registerConnector({ entry: servicenowEntry, runtime: () => import('./runtime.js').then((m) => m.servicenowRuntime) });
