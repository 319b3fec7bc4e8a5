// Registers the Black Duck connector.
import { registerConnector } from '../../catalog/registry.js';
import { blackduckEntry } from './catalog.js';

registerConnector({ entry: blackduckEntry });
