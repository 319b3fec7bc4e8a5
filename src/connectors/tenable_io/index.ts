// Registers the Tenable Vulnerability Management connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { tenableIoEntry } from './catalog.js';

registerConnector({ entry: tenableIoEntry, runtime: () => import('./runtime.js').then((m) => m.tenableIoRuntime) });
