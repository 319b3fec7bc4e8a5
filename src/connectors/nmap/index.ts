// Registers the Nmap connector.
import { registerConnector } from '../../catalog/registry.js';
import { nmapEntry } from './catalog.js';

registerConnector({ entry: nmapEntry });
