// Registers the Jenkins connector.
import { registerConnector } from '../../catalog/registry.js';
import { jenkinsEntry } from './catalog.js';

registerConnector({ entry: jenkinsEntry });
