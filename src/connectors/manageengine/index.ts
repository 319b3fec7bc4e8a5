// Registers the ManageEngine ServiceDesk Plus connector.
import { registerConnector } from '../../catalog/registry.js';
import { manageengineEntry } from './catalog.js';

registerConnector({ entry: manageengineEntry });
