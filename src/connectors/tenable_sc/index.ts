// Registers the Tenable Security Center connector.
import { registerConnector } from '../../catalog/registry.js';
import { tenableScEntry } from './catalog.js';

registerConnector({ entry: tenableScEntry });
