// Registers the Jira connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { jiraEntry } from './catalog.js';

registerConnector({ entry: jiraEntry, runtime: () => import('./runtime.js').then((m) => m.jiraRuntime) });
