// Registers the Masscan connector.
import { registerConnector } from '../../catalog/registry.js';
import { masscanEntry } from './catalog.js';

registerConnector({ entry: masscanEntry });
