// Registers the Fortify SSC connector.
import { registerConnector } from '../../catalog/registry.js';
import { fortifyEntry } from './catalog.js';

registerConnector({ entry: fortifyEntry });
