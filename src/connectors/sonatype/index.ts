// Registers the Sonatype Lifecycle connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { sonatypeEntry } from './catalog.js';

registerConnector({ entry: sonatypeEntry, runtime: () => import('./runtime.js').then((m) => m.sonatypeRuntime) });
