// Registers the Jenkins connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { jenkinsEntry } from './catalog.js';

registerConnector({ entry: jenkinsEntry, runtime: () => import('./runtime.js').then((m) => m.jenkinsRuntime) });
