// Registers the Qualys VMDR connector.
import { registerConnector } from '../../catalog/registry.js';
import { qualysEntry } from './catalog.js';

registerConnector({ entry: qualysEntry });
