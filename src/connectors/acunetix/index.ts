// Registers the Acunetix connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { acunetixEntry } from './catalog.js';

registerConnector({ entry: acunetixEntry, runtime: () => import('./runtime.js').then((m) => m.acunetixRuntime) });
