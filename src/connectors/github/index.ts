// Registers the GitHub connector.
import { registerConnector } from '../../catalog/registry.js';
import { githubEntry } from './catalog.js';

registerConnector({ entry: githubEntry, runtime: () => import('./runtime.js').then((m) => m.githubRuntime) });
