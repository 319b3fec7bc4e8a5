// Registers the Bamboo connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { bambooEntry } from './catalog.js';

registerConnector({ entry: bambooEntry, runtime: () => import('./runtime.js').then((m) => m.bambooRuntime) });
