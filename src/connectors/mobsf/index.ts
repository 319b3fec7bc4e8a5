// Registers the MobSF connector.
import { registerConnector } from '../../catalog/registry.js';
import { mobsfEntry } from './catalog.js';

registerConnector({ entry: mobsfEntry });
