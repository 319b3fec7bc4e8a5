// Registers the GitLab connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { gitlabEntry } from './catalog.js';

registerConnector({ entry: gitlabEntry, runtime: () => import('./runtime.js').then((m) => m.gitlabRuntime) });
