// Registers the ServiceNow connector.
import { registerConnector } from '../../catalog/registry.js';
import { servicenowEntry } from './catalog.js';

registerConnector({ entry: servicenowEntry });
