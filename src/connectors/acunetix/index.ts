// Registers the Acunetix connector.
import { registerConnector } from '../../catalog/registry.js';
import { acunetixEntry } from './catalog.js';

registerConnector({ entry: acunetixEntry });
