// Registers the Tenable Vulnerability Management connector.
import { registerConnector } from '../../catalog/registry.js';
import { tenableIoEntry } from './catalog.js';

registerConnector({ entry: tenableIoEntry });
