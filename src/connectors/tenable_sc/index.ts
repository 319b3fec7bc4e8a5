// Registers the Tenable Security Center connector; its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { tenableScEntry } from './catalog.js';

registerConnector({ entry: tenableScEntry, runtime: () => import('./runtime.js').then((m) => m.tenableScRuntime) });
