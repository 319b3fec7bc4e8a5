// Registers the Rapid7 InsightVM connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { rapid7Entry } from './catalog.js';

registerConnector({ entry: rapid7Entry, runtime: () => import('./runtime.js').then((m) => m.rapid7Runtime) });
