// Registers the Sonatype Lifecycle connector.
import { registerConnector } from '../../catalog/registry.js';
import { sonatypeEntry } from './catalog.js';

registerConnector({ entry: sonatypeEntry });
