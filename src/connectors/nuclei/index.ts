// Registers the Nuclei connector.
import { registerConnector } from '../../catalog/registry.js';
import { nucleiEntry } from './catalog.js';

registerConnector({ entry: nucleiEntry });
