// Registers the Checkmarx SAST connector.
import { registerConnector } from '../../catalog/registry.js';
import { checkmarxSastEntry } from './catalog.js';

registerConnector({ entry: checkmarxSastEntry });
