// Registers the SonarQube connector.
import { registerConnector } from '../../catalog/registry.js';
import { sonarqubeEntry } from './catalog.js';

registerConnector({ entry: sonarqubeEntry });
