// Registers the Bamboo connector.
import { registerConnector } from '../../catalog/registry.js';
import { bambooEntry } from './catalog.js';

registerConnector({ entry: bambooEntry });
