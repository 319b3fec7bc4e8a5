// Registers the Nessus connector.
import { registerConnector } from '../../catalog/registry.js';
import { nessusEntry } from './catalog.js';

registerConnector({ entry: nessusEntry });
