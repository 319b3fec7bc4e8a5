// Registers the ManageEngine ServiceDesk Plus connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { manageengineEntry } from './catalog.js';

registerConnector({ entry: manageengineEntry, runtime: () => import('./runtime.js').then((m) => m.manageengineRuntime) });
