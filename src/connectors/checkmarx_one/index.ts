// Registers the Checkmarx One connector.
import { registerConnector } from '../../catalog/registry.js';
import { checkmarxOneEntry } from './catalog.js';

registerConnector({ entry: checkmarxOneEntry });
