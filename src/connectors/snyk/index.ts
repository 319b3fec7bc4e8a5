// Registers the Snyk connector.
import { registerConnector } from '../../catalog/registry.js';
import { snykEntry } from './catalog.js';

registerConnector({ entry: snykEntry });
