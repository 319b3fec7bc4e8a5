// Registers the Azure DevOps connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { azureDevopsEntry } from './catalog.js';

registerConnector({ entry: azureDevopsEntry, runtime: () => import('./runtime.js').then((m) => m.azureDevopsRuntime) });
