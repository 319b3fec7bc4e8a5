// Registers the SARIF connector.
import { registerConnector } from '../../catalog/registry.js';
import { sarifEntry } from './catalog.js';

registerConnector({ entry: sarifEntry });
