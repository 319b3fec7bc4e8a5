// Registers the SonarQube connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { sonarqubeEntry } from './catalog.js';

registerConnector({ entry: sonarqubeEntry, runtime: () => import('./runtime.js').then((m) => m.sonarqubeRuntime) });
