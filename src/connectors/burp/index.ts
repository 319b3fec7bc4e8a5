// Registers the Burp Suite DAST connector.
import { registerConnector } from '../../catalog/registry.js';
import { burpEntry } from './catalog.js';

registerConnector({ entry: burpEntry });
