// Registers the Invicti Enterprise connector.
import { registerConnector } from '../../catalog/registry.js';
import { invictiEntry } from './catalog.js';

registerConnector({ entry: invictiEntry });
