// Registers the Rapid7 InsightVM connector.
import { registerConnector } from '../../catalog/registry.js';
import { rapid7Entry } from './catalog.js';

registerConnector({ entry: rapid7Entry });
